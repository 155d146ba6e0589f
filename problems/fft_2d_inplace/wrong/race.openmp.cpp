// The transform is linear, so each thread transforms a private copy of the image that keeps only
// its own block of rows (the others zeroed): a correct partial result. Each thread then ASSIGNS
// its partial to the shared image with no synchronisation ("last writer wins") instead of adding
// it. With one thread the partial is the whole transform; with several, the image keeps one
// thread's share.
#include <omp.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

void transform(cd* x, size_t n, size_t stride) {
    std::vector<cd> v(n);
    for (size_t i = 0; i < n; ++i) v[i] = x[i * stride];
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
        const double ang = -2.0 * M_PI / static_cast<double>(len);
        for (size_t s = 0; s < n; s += len)
            for (size_t j = 0; j < len / 2; ++j) {
                const cd w = std::polar(1.0, ang * static_cast<double>(j));
                const cd t = w * v[s + j + len / 2];
                v[s + j + len / 2] = v[s + j] - t;
                v[s + j] += t;
            }
    }
    for (size_t i = 0; i < n; ++i) x[i * stride] = v[i];
}

}  // namespace

void fft2dInPlace(std::vector<std::complex<double>> &image, size_t rows, size_t cols) {
#pragma omp parallel
    {
        const size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
        const size_t b = rows * t / nt, e = rows * (t + 1) / nt;
        std::vector<cd> part(rows * cols, cd(0.0, 0.0));
        std::copy(image.begin() + b * cols, image.begin() + e * cols, part.begin() + b * cols);
        for (size_t r = b; r < e; ++r) transform(&part[r * cols], cols, 1);
        for (size_t c = 0; c < cols; ++c) transform(&part[c], rows, cols);
        for (size_t i = 0; i < rows * cols; ++i) image[i] = part[i];
    }
}
