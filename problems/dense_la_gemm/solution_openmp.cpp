#include <omp.h>
#include <cstddef>
#include <vector>

void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N) {
    // each thread computes whole rows of C (i-k-j order: unit stride through B and C)
    const long rows = static_cast<long>(M);
#pragma omp parallel for schedule(static)
    for (long i = 0; i < rows; ++i) {
        double* c = &C[i * N];
        for (size_t j = 0; j < N; ++j) c[j] = 0.0;
        for (size_t k = 0; k < K; ++k) {
            const double a = A[i * K + k];
            const double* b = &B[k * N];
            for (size_t j = 0; j < N; ++j) c[j] += a * b[j];
        }
    }
}
