#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: each rank solves only its own block of columns in its copy of B and never
// sends them to rank 0.
void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t c0 = K * rank / size, c1 = K * (rank + 1) / size;
    for (size_t i = 0; i < N; ++i) {
        for (size_t j = 0; j < i; ++j)
            for (size_t c = c0; c < c1; ++c) B[i * K + c] -= L[i * N + j] * B[j * K + c];
        for (size_t c = c0; c < c1; ++c) B[i * K + c] /= L[i * N + i];
    }
}
