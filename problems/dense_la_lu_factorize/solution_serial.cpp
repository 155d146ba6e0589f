#include <cstddef>
#include <vector>

void luFactorizeInPlace(std::vector<double> &A, size_t N) {
    for (size_t k = 0; k < N; ++k) {
        const double* pivot = &A[k * N];
        const double inv = 1.0 / pivot[k];
        for (size_t i = k + 1; i < N; ++i) {
            double* row = &A[i * N];
            const double l = row[k] * inv;
            row[k] = l;
            for (size_t j = k + 1; j < N; ++j) row[j] -= l * pivot[j];
        }
    }
}
