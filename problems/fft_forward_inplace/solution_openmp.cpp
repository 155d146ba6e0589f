#include <omp.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace {

// the lowest `bits` bits of i in reverse order
inline std::size_t reverseBits(std::size_t i, unsigned bits) {
    std::uint64_t v = i;
    v = ((v >> 1) & 0x5555555555555555ULL) | ((v & 0x5555555555555555ULL) << 1);
    v = ((v >> 2) & 0x3333333333333333ULL) | ((v & 0x3333333333333333ULL) << 2);
    v = ((v >> 4) & 0x0F0F0F0F0F0F0F0FULL) | ((v & 0x0F0F0F0F0F0F0F0FULL) << 4);
    v = ((v >> 8) & 0x00FF00FF00FF00FFULL) | ((v & 0x00FF00FF00FF00FFULL) << 8);
    v = ((v >> 16) & 0x0000FFFF0000FFFFULL) | ((v & 0x0000FFFF0000FFFFULL) << 16);
    v = (v >> 32) | (v << 32);
    return static_cast<std::size_t>(v >> (64 - bits));
}

// one radix-2 butterfly on interleaved (re, im) doubles
inline void butterfly(double* u, double* v, double c, double d) {
    const double tr = v[0] * c - v[1] * d, ti = v[0] * d + v[1] * c;
    v[0] = u[0] - tr;
    v[1] = u[1] - ti;
    u[0] += tr;
    u[1] += ti;
}

}  // namespace

// Iterative radix-2 FFT. The stages whose butterflies stay inside blocks of B points run block by
// block (each block in cache, the blocks split over the threads); every later stage splits its
// N/2 butterflies evenly over the threads, with a barrier between stages. The stage with
// butterflies h apart reads its twiddles exp(-2 pi i j / (2h)), j < h, contiguously from tw[h + j].
void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
    const std::size_t N = x.size();
    if (N < 2) return;
    unsigned lg = 0;
    while ((std::size_t(1) << lg) < N) ++lg;
    const std::size_t half = N / 2;

    // exp(-2 pi i m / N), m < N/2, as products of a coarse and a fine table (nf a power of two)
    unsigned lf = 0;
    while ((std::size_t(1) << lf) < std::min<std::size_t>(1024, half)) ++lf;
    const std::size_t nf = std::size_t(1) << lf, nc = (half + nf - 1) / nf;
    std::vector<double> fr(nf), fi(nf), cr(nc), ci(nc);
    const double step = -2.0 * M_PI / static_cast<double>(N);
    for (std::size_t r = 0; r < nf; ++r) { fr[r] = std::cos(step * r); fi[r] = std::sin(step * r); }
    for (std::size_t q = 0; q < nc; ++q) { cr[q] = std::cos(step * (q * nf)); ci[q] = std::sin(step * (q * nf)); }
    std::vector<double> tw(2 * N);  // (re, im) pairs; entry 0 unused

    const std::size_t B = std::min<std::size_t>(N, 2048);
    double* a = reinterpret_cast<double*>(x.data());
#pragma omp parallel
    {
        // tw[h + j] = exp(-2 pi i m / N) with m = j * N / (2h)
#pragma omp for schedule(static) nowait
        for (std::size_t i = 1; i < N; ++i) {
            unsigned lh = 0;
            while ((std::size_t(2) << lh) <= i) ++lh;
            const std::size_t m = (i - (std::size_t(1) << lh)) << (lg - 1 - lh);
            const std::size_t q = m >> lf, r = m & (nf - 1);
            tw[2 * i] = cr[q] * fr[r] - ci[q] * fi[r];
            tw[2 * i + 1] = cr[q] * fi[r] + ci[q] * fr[r];
        }
        // bit-reversal permutation: the pair {i, rev(i)} is swapped only by the thread owning the smaller
#pragma omp for schedule(static)
        for (std::size_t i = 0; i < N; ++i) {
            const std::size_t j = reverseBits(i, lg);
            if (i < j) std::swap(x[i], x[j]);
        }
        // stages len = 2 .. B, block by block
#pragma omp for schedule(static)
        for (std::size_t blk = 0; blk < N; blk += B) {
            for (std::size_t h = 1; h < B; h <<= 1) {
                const double* w = &tw[2 * h];
                for (std::size_t s = blk; s < blk + B; s += 2 * h)
                    for (std::size_t j = 0; j < h; ++j)
                        butterfly(a + 2 * (s + j), a + 2 * (s + j + h), w[2 * j], w[2 * j + 1]);
            }
        }
        // stages len = 2B .. N: butterfly q of a stage is (block q / h, offset q % h)
        unsigned lh = 0;
        while ((std::size_t(1) << lh) < B) ++lh;
        for (std::size_t h = B; h < N; h <<= 1, ++lh) {
            const double* w = &tw[2 * h];
#pragma omp for schedule(static)
            for (std::size_t q = 0; q < half; ++q) {
                const std::size_t j = q & (h - 1), s = (q >> lh) << (lh + 1);
                butterfly(a + 2 * (s + j), a + 2 * (s + j + h), w[2 * j], w[2 * j + 1]);
            }
        }
    }
}
