#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank runs the power method on its own diagonal block of A only and
// never exchanges vector parts with the other ranks.
double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t begin = N * rank / size, end = N * (rank + 1) / size;
    const size_t m = end - begin;
    if (m == 0) return 0.0;
    std::vector<double> x(m, 1.0), y(m);
    for (int it = 0; it < iterations; ++it) {
        double norm2 = 0.0;
        for (size_t i = 0; i < m; ++i) {
            double s = 0.0;
            for (size_t j = 0; j < m; ++j) s += A[(begin + i) * N + begin + j] * x[j];
            y[i] = s;
            norm2 += s * s;
        }
        for (size_t i = 0; i < m; ++i) x[i] = y[i] / std::sqrt(norm2);
    }
    double num = 0.0, den = 0.0;
    for (size_t i = 0; i < m; ++i) {
        double s = 0.0;
        for (size_t j = 0; j < m; ++j) s += A[(begin + i) * N + begin + j] * x[j];
        num += x[i] * s;
        den += x[i] * x[i];
    }
    return num / den;
}
