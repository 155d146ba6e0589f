#include <omp.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

// exp(-2 pi i j / n) for j < n/2, real and imaginary parts apart
struct Roots {
    std::vector<double> re, im;
    explicit Roots(size_t n) : re(n / 2), im(n / 2) {
        for (size_t j = 0; j < n / 2; ++j) {
            const double ang = -2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n);
            re[j] = std::cos(ang);
            im[j] = std::sin(ang);
        }
    }
};

// radix-2 decimation-in-time FFT of x[0..n) in place; n is a power of two and w = Roots(n)
void transform(cd* x, size_t n, const Roots& w) {
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        while (j & bit) {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
        if (i < j) std::swap(x[i], x[j]);
    }
    double* a = reinterpret_cast<double*>(x);
    for (size_t len = 2; len <= n; len <<= 1) {
        const size_t half = len / 2, step = n / len;
        for (size_t s = 0; s < n; s += len)
            for (size_t j = 0; j < half; ++j) {
                const double wr = w.re[j * step], wi = w.im[j * step];
                double* p = a + 2 * (s + j);
                double* q = a + 2 * (s + j + half);
                const double tr = q[0] * wr - q[1] * wi, ti = q[0] * wi + q[1] * wr;
                q[0] = p[0] - tr;
                q[1] = p[1] - ti;
                p[0] += tr;
                p[1] += ti;
            }
    }
}

}  // namespace

// Rows first, split among the threads; then the columns, in groups of 8 adjacent columns (one
// thread per group) copied through a per-thread contiguous buffer.
void fft2dInPlace(std::vector<std::complex<double>> &image, size_t rows, size_t cols) {
    const Roots wRow(cols), wCol(rows);
    const long nr = static_cast<long>(rows);
    const long groups = static_cast<long>((cols + 7) / 8);
    cd* img = image.data();
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (long r = 0; r < nr; ++r) transform(img + static_cast<size_t>(r) * cols, cols, wRow);

        std::vector<cd> buf(8 * rows);
#pragma omp for schedule(static)
        for (long g = 0; g < groups; ++g) {
            const size_t c = static_cast<size_t>(g) * 8, t = std::min<size_t>(8, cols - c);
            for (size_t r = 0; r < rows; ++r)
                for (size_t u = 0; u < t; ++u) buf[u * rows + r] = img[r * cols + c + u];
            for (size_t u = 0; u < t; ++u) transform(&buf[u * rows], rows, wCol);
            for (size_t r = 0; r < rows; ++r)
                for (size_t u = 0; u < t; ++u) img[r * cols + c + u] = buf[u * rows + r];
        }
    }
}
