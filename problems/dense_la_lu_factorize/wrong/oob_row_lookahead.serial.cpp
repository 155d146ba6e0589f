#include <cstddef>
#include <vector>

void luFactorizeInPlace(std::vector<double> &A, size_t N) {
    for (size_t k = 0; k < N; ++k) {
        const double* pivotRow = &A[k * N];
        const double inv = 1.0 / pivotRow[k];
        for (size_t i = k + 1; i < N; ++i) {
            double* row = &A[i * N];
            const double m = row[k] * inv;
            row[k] = m;
            double cur = row[k + 1];
            for (size_t j = k + 1; j < N; ++j) {
                // reads the next entry ahead; on the last row that is one past the end of A
                const double next = row[j + 1];
                row[j] = cur - m * pivotRow[j];
                cur = next;
            }
        }
    }
}
