#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
    const size_t N = x.size();
    if (N < 2) return;
    // twiddles w[j] = exp(-2 pi i j / N), j < N/2, as products of a coarse and a fine table
    // (only about 2 sqrt(N) cos/sin evaluations, each product accurate to a few ulps)
    const size_t S = 1024;
    const size_t half = N / 2;
    std::vector<double> wr(half), wi(half);
    {
        const size_t nf = std::min(S, half), nc = (half + nf - 1) / nf;
        std::vector<double> fr(nf), fi(nf), cr(nc), ci(nc);
        const double step = -2.0 * M_PI / static_cast<double>(N);
        for (size_t r = 0; r < nf; ++r) { fr[r] = std::cos(step * r); fi[r] = std::sin(step * r); }
        for (size_t q = 0; q < nc; ++q) { cr[q] = std::cos(step * (q * nf)); ci[q] = std::sin(step * (q * nf)); }
        for (size_t j = 0; j < half; ++j) {
            const size_t q = j / nf, r = j % nf;
            wr[j] = cr[q] * fr[r] - ci[q] * fi[r];
            wi[j] = cr[q] * fi[r] + ci[q] * fr[r];
        }
    }
    // bit-reversal permutation
    for (size_t i = 1, j = 0; i < N; ++i) {
        size_t bit = N >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(x[i], x[j]);
    }
    // iterative radix-2 butterflies
    double* a = reinterpret_cast<double*>(x.data());
    for (size_t len = 2; len <= N; len <<= 1) {
        const size_t h = len / 2, stride = N / len;
        for (size_t s = 0; s < N; s += len)
            for (size_t j = 0; j < h; ++j) {
                const double c = wr[j * stride], d = wi[j * stride];
                double* u = a + 2 * (s + j);
                double* v = a + 2 * (s + j + h);
                const double tr = v[0] * c - v[1] * d, ti = v[0] * d + v[1] * c;
                v[0] = u[0] - tr;
                v[1] = u[1] - ti;
                u[0] += tr;
                u[1] += ti;
            }
    }
}
