#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: each rank computes its own block of rows of C and never gathers them.
void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    for (size_t i = M * rank / size; i < M * (rank + 1) / size; ++i)
        for (size_t k = 0; k < K; ++k)
            for (size_t j = 0; j < N; ++j) C[i * N + j] += A[i * K + k] * B[k * N + j];
}
