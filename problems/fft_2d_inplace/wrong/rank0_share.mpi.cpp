#include <mpi.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

// Twiddles exp(-2 pi i j / n), j < n/2.
struct Twiddles {
    std::vector<double> re, im;
    explicit Twiddles(size_t n) : re(n / 2), im(n / 2) {
        for (size_t j = 0; j < n / 2; ++j) {
            re[j] = std::cos(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
            im[j] = std::sin(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
        }
    }
};

// In-place iterative radix-2 FFT of x[0..n), n a power of two, w = Twiddles(n).
void fft1d(cd* x, size_t n, const Twiddles& w) {
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(x[i], x[j]);
    }
    double* a = reinterpret_cast<double*>(x);
    for (size_t len = 2; len <= n; len <<= 1) {
        const size_t h = len / 2, stride = n / len;
        for (size_t s = 0; s < n; s += len)
            for (size_t j = 0; j < h; ++j) {
                const double c = w.re[j * stride], d = w.im[j * stride];
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

}  // namespace

// Wrong on purpose: each rank transforms its own rows and then its own columns using only its own
// rows' data; no data is exchanged and nothing is gathered.
void fft2dInPlace(std::vector<std::complex<double>> &image, size_t rows, size_t cols) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    auto split = [&](size_t total, int r) { return total * static_cast<size_t>(r) / static_cast<size_t>(size); };
    const size_t r0 = split(rows, rank), nr = split(rows, rank + 1) - r0;  // my rows
    const size_t c0 = split(cols, rank), nc = split(cols, rank + 1) - c0;  // my columns
    const Twiddles wr(cols), wc(rows);

    // 1. transform my rows (in my copy of the image)
    for (size_t r = r0; r < r0 + nr; ++r) fft1d(&image[r * cols], cols, wr);

    // (wrong: no transpose) transform my columns using only my own rows' data
    std::vector<cd> col(rows);
    for (size_t c = c0; c < c0 + nc; ++c) {
        for (size_t r = 0; r < rows; ++r) col[r] = (r >= r0 && r < r0 + nr) ? image[r * cols + c] : cd(0.0);
        fft1d(col.data(), rows, wc);
        for (size_t r = 0; r < rows; ++r) image[r * cols + c] = col[r];
    }
}
