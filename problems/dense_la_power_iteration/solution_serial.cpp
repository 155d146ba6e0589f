#include <cmath>
#include <cstddef>
#include <vector>

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    std::vector<double> x(N, 1.0), y(N);
    for (int it = 0; it < iterations; ++it) {
        double norm2 = 0.0;
        for (size_t i = 0; i < N; ++i) {
            const double* row = &A[i * N];
            double s = 0.0;
            for (size_t j = 0; j < N; ++j) s += row[j] * x[j];
            y[i] = s;
            norm2 += s * s;
        }
        const double inv = 1.0 / std::sqrt(norm2);
        for (size_t i = 0; i < N; ++i) x[i] = y[i] * inv;
    }
    double num = 0.0, den = 0.0;
    for (size_t i = 0; i < N; ++i) {
        const double* row = &A[i * N];
        double s = 0.0;
        for (size_t j = 0; j < N; ++j) s += row[j] * x[j];
        num += x[i] * s;
        den += x[i] * x[i];
    }
    return num / den;
}
