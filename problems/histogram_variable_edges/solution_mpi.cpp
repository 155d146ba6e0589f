#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;
    const std::size_t bins = edges.size() - 1;

    std::vector<unsigned long long> local(bins, 0);
    for (std::size_t k = begin; k < end; ++k) {
        const double v = x[k];
        if (!(v >= edges.front() && v < edges.back())) continue;
        const std::size_t i = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
        ++local[i - 1];
    }

    std::vector<unsigned long long> total(rank == 0 ? bins : 0);
    MPI_Reduce(local.data(), total.data(), static_cast<int>(bins), MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    if (rank == 0) counts.assign(total.begin(), total.end());
}
