#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank ranks the elements of its own block among that block only.
void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    std::vector<std::size_t> idx;
    for (std::size_t i = begin; i < end; ++i) idx.push_back(i);
    std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    for (std::size_t pos = 0; pos < idx.size(); ++pos) ranks[idx[pos]] = pos;
}
