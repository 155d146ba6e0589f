#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

// Wrong on purpose: each rank iterates only on its own block of rows and never exchanges the
// new values or the update size with the other ranks.
int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t begin = N * rank / size, end = N * (rank + 1) / size;
    std::vector<double> prev(N, 0.0), next(N, 0.0);
    int k = 0;
    while (k < maxIter) {
        ++k;
        double change = 0.0;
        for (size_t i = begin; i < end; ++i) {
            double s = 0.0;
            for (size_t j = 0; j < N; ++j)
                if (j != i) s += A[i * N + j] * prev[j];
            next[i] = (b[i] - s) / A[i * N + i];
            change = std::fmax(change, std::fabs(next[i] - prev[i]));
        }
        prev = next;
        if (change < tol) break;
    }
    x = prev;
    return k;
}
