#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank bins only its own block of x; the counts are never combined.
void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    counts.assign(edges.size() - 1, 0);
    for (std::size_t k = n * rank / size; k < n * (rank + 1) / size; ++k) {
        const double v = x[k];
        if (v < edges.front() || v >= edges.back()) continue;
        ++counts[std::upper_bound(edges.begin(), edges.end(), v) - edges.begin() - 1];
    }
}
