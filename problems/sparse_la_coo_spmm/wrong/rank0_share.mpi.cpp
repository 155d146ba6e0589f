#include <mpi.h>
#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

// Wrong on purpose: each rank applies only its own contiguous share of the entries to its Y;
// the partial results are never combined.
void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t n = A.size();
    for (size_t e = n * rank / size; e < n * (rank + 1) / size; ++e)
        for (size_t j = 0; j < N; ++j) Y[A[e].row * N + j] += A[e].value * X[A[e].column * N + j];
}
