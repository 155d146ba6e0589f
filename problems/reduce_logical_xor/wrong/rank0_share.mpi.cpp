#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank XORs only its own block and the parts are never combined.
bool reduceLogicalXor(std::vector<bool> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    bool local = false;
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) local ^= x[i];
    return local;
}
