#include <mpi.h>
#include <cmath>
#include <vector>

// Wrong on purpose: each rank transforms only its own block; nothing is gathered.
void sigmoidInPlace(std::vector<double>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) x[i] = 1.0 / (1.0 + std::exp(-x[i]));
}
