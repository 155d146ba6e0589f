#include <omp.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

// The transform is linear, so each thread transforms a copy of x that keeps only its own share of
// the samples (the rest zeroed): the threads' results must be ADDED. Instead every thread ASSIGNS
// its whole partial transform to the shared x with no synchronisation, so the last writer wins.
// Right with one thread (its share is every sample); with several, x keeps one thread's part.
namespace {

void fft(std::vector<std::complex<double>>& x) {
    const std::size_t N = x.size();
    for (std::size_t i = 1, j = 0; i < N; ++i) {
        std::size_t bit = N >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(x[i], x[j]);
    }
    for (std::size_t len = 2; len <= N; len <<= 1) {
        const double ang = -2.0 * M_PI / static_cast<double>(len);
        for (std::size_t j = 0; j < len / 2; ++j) {
            const std::complex<double> w(std::cos(ang * j), std::sin(ang * j));
            for (std::size_t s = 0; s < N; s += len) {
                const std::complex<double> u = x[s + j], v = x[s + j + len / 2] * w;
                x[s + j] = u + v;
                x[s + j + len / 2] = u - v;
            }
        }
    }
}

}  // namespace

void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
    const std::size_t N = x.size();
    if (N < 2) return;
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        std::vector<std::complex<double>> mine(N, 0.0);
        for (std::size_t n = N * t / T; n < N * (t + 1) / T; ++n) mine[n] = x[n];
#pragma omp barrier
        fft(mine);
        for (std::size_t k = 0; k < N; ++k) x[k] = mine[k];
    }
}
