#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: each rank eliminates only in the rows it owns (cyclically), using its own
// stale copies of the other ranks' pivot rows, and nothing is ever communicated.
void luFactorizeInPlace(std::vector<double> &A, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    for (size_t k = 0; k < N; ++k) {
        for (size_t i = k + 1; i < N; ++i) {
            if (static_cast<int>(i % size) != rank) continue;
            const double l = A[i * N + k] / A[k * N + k];
            A[i * N + k] = l;
            for (size_t j = k + 1; j < N; ++j) A[i * N + j] -= l * A[k * N + j];
        }
    }
}
