#include <cstddef>
#include <vector>

// Wrong on purpose: row 0 is left as it is (right only if L[0][0] were 1).
void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
    for (size_t i = 1; i < N; ++i) {
        double* xi = &B[i * K];
        for (size_t j = 0; j < i; ++j) {
            const double l = L[i * N + j];
            const double* xj = &B[j * K];
            for (size_t c = 0; c < K; ++c) xi[c] -= l * xj[c];
        }
        const double inv = 1.0 / L[i * N + i];
        for (size_t c = 0; c < K; ++c) xi[c] *= inv;
    }
}
