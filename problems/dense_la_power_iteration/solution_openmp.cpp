#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    const long n = static_cast<long>(N);
    std::vector<double> x(N, 1.0), y(N);
    for (int it = 0; it < iterations; ++it) {
        double norm2 = 0.0;
        // the threads split the rows of y = A x; their parts of ||y||^2 are summed by a reduction
#pragma omp parallel for reduction(+ : norm2) schedule(static)
        for (long i = 0; i < n; ++i) {
            const double* row = &A[static_cast<size_t>(i) * N];
            double s = 0.0;
            for (long j = 0; j < n; ++j) s += row[j] * x[j];
            y[i] = s;
            norm2 += s * s;
        }
        const double inv = 1.0 / std::sqrt(norm2);
        for (long i = 0; i < n; ++i) x[i] = y[i] * inv;
    }
    double num = 0.0, den = 0.0;
#pragma omp parallel for reduction(+ : num, den) schedule(static)
    for (long i = 0; i < n; ++i) {
        const double* row = &A[static_cast<size_t>(i) * N];
        double s = 0.0;
        for (long j = 0; j < n; ++j) s += row[j] * x[j];
        num += x[i] * s;
        den += x[i] * x[i];
    }
    return num / den;
}
