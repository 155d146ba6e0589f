#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank sorts only its own block; the blocks are never gathered or merged.
void sortAscending(std::vector<double>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::sort(x.begin() + n * rank / size, x.begin() + n * (rank + 1) / size);
}
