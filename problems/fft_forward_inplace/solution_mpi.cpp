#include <mpi.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

// In-place radix-2 FFT of a[0..n), n a power of two; wr/wi = exp(-2 pi i j / n), j < n/2.
void fftSmall(cd* x, size_t n, const std::vector<double>& wr, const std::vector<double>& wi) {
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

void twiddleTable(size_t n, std::vector<double>& wr, std::vector<double>& wi) {
    wr.resize(n / 2);
    wi.resize(n / 2);
    for (size_t j = 0; j < n / 2; ++j) {
        wr[j] = std::cos(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
        wi[j] = std::sin(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
    }
}

}  // namespace

// Four-step FFT: with N = N1 * N2, n = N2*n1 + n2 and k = k1 + N1*k2,
//   X[k1 + N1*k2] = sum_n2 W_N2^(n2*k2) * [ W_N^(n2*k1) * sum_n1 x[N2*n1 + n2] W_N1^(n1*k1) ].
void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t N = x.size();
    if (N < 2) return;
    size_t lg = 0;
    while ((size_t(1) << lg) < N) ++lg;
    const size_t N1 = size_t(1) << (lg / 2), N2 = N / N1;
    auto split = [&](size_t total, int r) { return total * static_cast<size_t>(r) / static_cast<size_t>(size); };
    const size_t a0 = split(N2, rank), na = split(N2, rank + 1) - a0;  // my columns n2
    const size_t b0 = split(N1, rank), nb = split(N1, rank + 1) - b0;  // my rows k1

    std::vector<double> w1r, w1i, w2r, w2i;
    twiddleTable(N1, w1r, w1i);
    twiddleTable(N2, w2r, w2i);
    // W_N^m for m < N as coarse[m / N1] * fine[m % N1]
    std::vector<cd> fine(N1), coarse(N2);
    const double step = -2.0 * M_PI / static_cast<double>(N);
    for (size_t r = 0; r < N1; ++r) fine[r] = cd(std::cos(step * r), std::sin(step * r));
    for (size_t q = 0; q < N2; ++q) coarse[q] = cd(std::cos(step * (q * N1)), std::sin(step * (q * N1)));

    // step 1: length-N1 FFTs of my columns (read in tiles of 8 columns), then the twiddles
    std::vector<cd> Y(na * N1);
    for (size_t c = 0; c < na; c += 8) {
        const size_t t = std::min<size_t>(8, na - c);
        for (size_t n1 = 0; n1 < N1; ++n1)
            for (size_t u = 0; u < t; ++u) Y[(c + u) * N1 + n1] = x[N2 * n1 + a0 + c + u];
    }
    for (size_t c = 0; c < na; ++c) {
        cd* col = &Y[c * N1];
        fftSmall(col, N1, w1r, w1i);
        const size_t n2 = a0 + c;
        for (size_t k1 = 1; k1 < N1; ++k1) {
            const size_t m = n2 * k1;
            const cd w = coarse[m / N1] * fine[m % N1];
            col[k1] = cd(col[k1].real() * w.real() - col[k1].imag() * w.imag(),
                         col[k1].real() * w.imag() + col[k1].imag() * w.real());
        }
    }

    // step 2: transpose with MPI_Alltoallv (complex values travel as pairs of doubles)
    std::vector<int> sc(size), sd(size), rc(size), rd(size);
    for (int s = 0; s < size; ++s) {
        const size_t sb0 = split(N1, s), snb = split(N1, s + 1) - sb0;
        const size_t sa0 = split(N2, s), sna = split(N2, s + 1) - sa0;
        sc[s] = static_cast<int>(2 * na * snb);
        rc[s] = static_cast<int>(2 * sna * nb);
        sd[s] = s == 0 ? 0 : sd[s - 1] + sc[s - 1];
        rd[s] = s == 0 ? 0 : rd[s - 1] + rc[s - 1];
    }
    std::vector<cd> sendBuf(na * N1), recvBuf(nb * N2);
    for (int s = 0; s < size; ++s) {
        const size_t sb0 = split(N1, s), snb = split(N1, s + 1) - sb0;
        cd* out = &sendBuf[sd[s] / 2];
        for (size_t c = 0; c < na; ++c)
            for (size_t k = 0; k < snb; ++k) out[c * snb + k] = Y[c * N1 + sb0 + k];
    }
    MPI_Alltoallv(reinterpret_cast<double*>(sendBuf.data()), sc.data(), sd.data(), MPI_DOUBLE,
                  reinterpret_cast<double*>(recvBuf.data()), rc.data(), rd.data(), MPI_DOUBLE, MPI_COMM_WORLD);
    std::vector<cd> Z(nb * N2);
    for (int s = 0; s < size; ++s) {
        const size_t sa0 = split(N2, s), sna = split(N2, s + 1) - sa0;
        const cd* in = &recvBuf[rd[s] / 2];
        for (size_t i = 0; i < sna; ++i)
            for (size_t k = 0; k < nb; ++k) Z[k * N2 + sa0 + i] = in[i * nb + k];
    }

    // step 3: length-N2 FFTs of my rows k1: row k1 holds X[k1 + N1*k2], k2 = 0 .. N2-1
    for (size_t k = 0; k < nb; ++k) fftSmall(&Z[k * N2], N2, w2r, w2i);

    // step 4: gather the rows on rank 0 and write them back in natural order
    std::vector<int> gc(size), gd(size);
    for (int s = 0; s < size; ++s) {
        gd[s] = static_cast<int>(2 * split(N1, s) * N2);
        gc[s] = static_cast<int>(2 * (split(N1, s + 1) - split(N1, s)) * N2);
    }
    std::vector<cd> all(rank == 0 ? N : 0);
    MPI_Gatherv(reinterpret_cast<double*>(Z.data()), gc[rank], MPI_DOUBLE, reinterpret_cast<double*>(all.data()),
                gc.data(), gd.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        for (size_t k1 = 0; k1 < N1; k1 += 8) {
            const size_t t = std::min<size_t>(8, N1 - k1);
            for (size_t k2 = 0; k2 < N2; ++k2)
                for (size_t u = 0; u < t; ++u) x[k1 + u + N1 * k2] = all[(k1 + u) * N2 + k2];
        }
    }
}
