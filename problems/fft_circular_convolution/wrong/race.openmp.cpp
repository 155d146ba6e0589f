// Convolution is linear in a, so each thread convolves its own block of a (the rest zeroed) with
// b: a correct partial result. Each thread then ASSIGNS its partial to the shared c with no
// synchronisation ("last writer wins") instead of adding it. With one thread the partial is the
// whole convolution; with several, c keeps one thread's share.
#include <omp.h>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

void transform(std::vector<cd>& v, double sign) {
    const size_t n = v.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        while (j & bit) {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
        if (i < j) std::swap(v[i], v[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const double ang = sign * 2.0 * M_PI / static_cast<double>(len);
        for (size_t s = 0; s < n; s += len)
            for (size_t j = 0; j < len / 2; ++j) {
                const cd t = std::polar(1.0, ang * static_cast<double>(j)) * v[s + j + len / 2];
                v[s + j + len / 2] = v[s + j] - t;
                v[s + j] += t;
            }
    }
}

}  // namespace

void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
    const size_t N = a.size();
#pragma omp parallel
    {
        const size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
        const size_t lo = N * t / nt, hi = N * (t + 1) / nt;
        std::vector<cd> fa(N, cd(0.0, 0.0)), fb(N);
        for (size_t i = lo; i < hi; ++i) fa[i] = a[i];
        for (size_t i = 0; i < N; ++i) fb[i] = b[i];
        transform(fa, -1.0);
        transform(fb, -1.0);
        for (size_t k = 0; k < N; ++k) fa[k] *= fb[k];
        transform(fa, 1.0);
        for (size_t i = 0; i < N; ++i) c[i] = fa[i].real() / static_cast<double>(N);
    }
}
