#include <omp.h>
#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

// Race: every thread correctly multiplies its own share of the entries into a private copy of Y,
// then assigns (not adds) that copy to the shared Y with no synchronisation: the last writer wins
// each element, so with several threads Y holds only one thread's share. Right with one thread.
void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
    (void)K;
    const long entries = static_cast<long>(A.size());
    const size_t total = M * N;
#pragma omp parallel
    {
        std::vector<double> mine(total, 0.0);
#pragma omp for schedule(static)
        for (long e = 0; e < entries; ++e) {
            const COOElement& el = A[e];
            for (size_t j = 0; j < N; ++j) mine[el.row * N + j] += el.value * X[el.column * N + j];
        }
        for (size_t i = 0; i < total; ++i) Y[i] = mine[i];
    }
}
