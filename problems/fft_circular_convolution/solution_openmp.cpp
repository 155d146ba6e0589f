#include <omp.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

// exp(sign * 2 pi i j / n) for j < n/2, real and imaginary parts apart
struct Roots {
    std::vector<double> re, im;
    Roots(size_t n, double sign) : re(n / 2), im(n / 2) {
        for (size_t j = 0; j < n / 2; ++j) {
            const double ang = sign * 2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n);
            re[j] = std::cos(ang);
            im[j] = std::sin(ang);
        }
    }
};

// radix-2 transform of x[0..n) in place, n a power of two; the direction is that of w
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
    double* d = reinterpret_cast<double*>(x);
    for (size_t len = 2; len <= n; len <<= 1) {
        const size_t half = len / 2, step = n / len;
        for (size_t s = 0; s < n; s += len)
            for (size_t j = 0; j < half; ++j) {
                const double wr = w.re[j * step], wi = w.im[j * step];
                double* p = d + 2 * (s + j);
                double* q = d + 2 * (s + j + half);
                const double tr = q[0] * wr - q[1] * wi, ti = q[0] * wi + q[1] * wr;
                q[0] = p[0] - tr;
                q[1] = p[1] - ti;
                p[0] += tr;
                p[1] += ti;
            }
    }
}

inline cd times(cd x, cd y) {
    return cd(x.real() * y.real() - x.imag() * y.imag(), x.real() * y.imag() + x.imag() * y.real());
}

}  // namespace

// One complex transform of z = a + i b gives both spectra (A[k] = (Z[k] + conj Z[-k]) / 2,
// B[k] = (Z[k] - conj Z[-k]) / 2i), and c = IFFT(A B) / N. Both transforms are done in four steps
// with N = N1 * N2, n = N2 n1 + n2 and k = k1 + N1 k2: length-N1 transforms down the columns n2,
// the twiddles W_N^(n2 k1), then length-N2 transforms along the rows k1 of an N1 x N2 matrix. The
// threads share out the columns (in groups of 8, through per-thread buffers) and then the rows.
void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
    const size_t N = a.size();
    size_t lg = 0;
    while ((size_t(1) << lg) < N) ++lg;
    const size_t N1 = size_t(1) << (lg / 2), N2 = N / N1;
    const Roots fwd1(N1, -1.0), fwd2(N2, -1.0), inv1(N1, 1.0), inv2(N2, 1.0);
    // W_N^m = coarse[m / N1] * fine[m % N1] for m < N
    std::vector<cd> fine(N1), coarse(N2);
    const double ang = -2.0 * M_PI / static_cast<double>(N);
    for (size_t r = 0; r < N1; ++r) fine[r] = std::polar(1.0, ang * static_cast<double>(r));
    for (size_t q = 0; q < N2; ++q) coarse[q] = std::polar(1.0, ang * static_cast<double>(q * N1));

    std::vector<cd> Z(N), P(N);  // N1 x N2, row k1 holds the spectrum at k1 + N1 k2
    const long groups = static_cast<long>((N2 + 7) / 8), nrows = static_cast<long>(N1);
    const double scale = 1.0 / static_cast<double>(N);
#pragma omp parallel
    {
        std::vector<cd> buf(8 * N1);
        // forward column phase, written transposed into Z
#pragma omp for schedule(static)
        for (long g = 0; g < groups; ++g) {
            const size_t c0 = static_cast<size_t>(g) * 8, t = std::min<size_t>(8, N2 - c0);
            for (size_t n1 = 0; n1 < N1; ++n1)
                for (size_t u = 0; u < t; ++u) {
                    const size_t n = N2 * n1 + c0 + u;
                    buf[u * N1 + n1] = cd(a[n], b[n]);
                }
            for (size_t u = 0; u < t; ++u) {
                cd* col = &buf[u * N1];
                transform(col, N1, fwd1);
                const size_t n2 = c0 + u;
                for (size_t k1 = 1; k1 < N1; ++k1) {
                    const size_t m = n2 * k1;
                    col[k1] = times(col[k1], times(coarse[m / N1], fine[m % N1]));
                }
            }
            for (size_t k1 = 0; k1 < N1; ++k1)
                for (size_t u = 0; u < t; ++u) Z[k1 * N2 + c0 + u] = buf[u * N1 + k1];
        }
        // forward row phase
#pragma omp for schedule(static)
        for (long r = 0; r < nrows; ++r) transform(&Z[static_cast<size_t>(r) * N2], N2, fwd2);
        // spectra, product, and the inverse row phase with conjugate twiddles, row by row
#pragma omp for schedule(static)
        for (long r = 0; r < nrows; ++r) {
            const size_t k1 = static_cast<size_t>(r), m1 = (N1 - k1) % N1;
            cd* out = &P[k1 * N2];
            for (size_t k2 = 0; k2 < N2; ++k2) {
                const size_t m2 = k1 == 0 ? (N2 - k2) % N2 : N2 - 1 - k2;
                const cd zk = Z[k1 * N2 + k2], zm = std::conj(Z[m1 * N2 + m2]);
                const cd A = 0.5 * (zk + zm);
                const cd B = cd(0.0, -0.5) * (zk - zm);
                out[k2] = times(A, B);
            }
            transform(out, N2, inv2);
            for (size_t n2 = 1; n2 < N2; ++n2) {
                const size_t m = k1 * n2;
                out[n2] = times(out[n2], std::conj(times(coarse[m / N1], fine[m % N1])));
            }
        }
        // inverse column phase straight into c
#pragma omp for schedule(static)
        for (long g = 0; g < groups; ++g) {
            const size_t c0 = static_cast<size_t>(g) * 8, t = std::min<size_t>(8, N2 - c0);
            for (size_t k1 = 0; k1 < N1; ++k1)
                for (size_t u = 0; u < t; ++u) buf[u * N1 + k1] = P[k1 * N2 + c0 + u];
            for (size_t u = 0; u < t; ++u) transform(&buf[u * N1], N1, inv1);
            for (size_t n1 = 0; n1 < N1; ++n1)
                for (size_t u = 0; u < t; ++u) c[N2 * n1 + c0 + u] = buf[u * N1 + n1].real() * scale;
        }
    }
}
