#include <mpi.h>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

// Twiddles exp(sign * 2 pi i j / n), j < n/2.
struct Twiddles {
    std::vector<double> re, im;
    Twiddles(size_t n, double sign) : re(n / 2), im(n / 2) {
        for (size_t j = 0; j < n / 2; ++j) {
            re[j] = std::cos(sign * 2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
            im[j] = std::sin(sign * 2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
        }
    }
};

// In-place iterative radix-2 transform of x[0..n), n a power of two (direction set by w).
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

inline cd mul(cd x, cd y) {
    return cd(x.real() * y.real() - x.imag() * y.imag(), x.real() * y.imag() + x.imag() * y.real());
}

}  // namespace

// Wrong on purpose: each rank convolves only its own block of a with b (the rest of a counts as
// zero) and the ranks' contributions are never added together.
void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
    const size_t N = a.size();
    // one complex FFT of z = a + i b gives both spectra: A[k] = (Z[k] + conj(Z[-k])) / 2 and
    // B[k] = (Z[k] - conj(Z[-k])) / 2i; then c = IFFT(A * B), which is real
    std::vector<cd> z(N), p(N);
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t m0 = N * rank / size, m1 = N * (rank + 1) / size;
    for (size_t n = 0; n < N; ++n) z[n] = cd(n >= m0 && n < m1 ? a[n] : 0.0, b[n]);
    fft1d(z.data(), N, Twiddles(N, -1.0));
    for (size_t k = 0; k < N; ++k) {
        const cd zk = z[k], zm = std::conj(z[(N - k) % N]);
        const cd A = 0.5 * (zk + zm);
        const cd B = cd(0.0, -0.5) * (zk - zm);
        p[k] = mul(A, B);
    }
    fft1d(p.data(), N, Twiddles(N, 1.0));
    for (size_t n = 0; n < N; ++n) c[n] = p[n].real() / static_cast<double>(N);
}
