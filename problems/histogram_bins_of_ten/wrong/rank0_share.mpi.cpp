#include <mpi.h>
#include <array>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank counts only its own block; the counts are never combined.
void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    bins.fill(0);
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) ++bins[x[i] / 10];
}
