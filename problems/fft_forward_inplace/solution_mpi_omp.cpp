#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace {

using cd = std::complex<double>;

// In-place radix-2 FFT of x[0..n), n a power of two; wr/wi = exp(-2 pi i j / n), j < n/2.
void fftSmall(cd* x, std::size_t n, const std::vector<double>& wr, const std::vector<double>& wi) {
    for (std::size_t i = 1, j = 0; i < n; ++i) {
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(x[i], x[j]);
    }
    double* a = reinterpret_cast<double*>(x);
    for (std::size_t len = 2; len <= n; len <<= 1) {
        const std::size_t h = len / 2, stride = n / len;
        for (std::size_t s = 0; s < n; s += len)
            for (std::size_t j = 0; j < h; ++j) {
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

void twiddleTable(std::size_t n, std::vector<double>& wr, std::vector<double>& wi) {
    wr.resize(n / 2);
    wi.resize(n / 2);
    for (std::size_t j = 0; j < n / 2; ++j) {
        wr[j] = std::cos(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
        wi[j] = std::sin(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
    }
}

}  // namespace

// Four-step FFT with N = N1 * N2, n = N2*n1 + n2 and k = k1 + N1*k2:
//   X[k1 + N1*k2] = sum_n2 W_N2^(n2*k2) * [ W_N^(n2*k1) * sum_n1 x[N2*n1 + n2] W_N1^(n1*k1) ].
// Each rank owns a block of the columns n2 (length-N1 FFTs) and, after an MPI_Alltoallv
// transpose, a block of the rows k1 (length-N2 FFTs); its threads split the columns, the rows and
// the copies. All MPI calls are made outside the parallel regions. The big buffers are left
// uninitialised so that the threads, not a serial fill, touch their pages first.
void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t N = x.size();
    if (N < 2) return;
    std::size_t lg = 0;
    while ((std::size_t(1) << lg) < N) ++lg;
    const std::size_t N1 = std::size_t(1) << (lg / 2), N2 = N / N1;
    auto split = [&](std::size_t total, int r) {
        return total * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);
    };
    const std::size_t a0 = split(N2, rank), na = split(N2, rank + 1) - a0;  // my columns n2
    const std::size_t b0 = split(N1, rank), nb = split(N1, rank + 1) - b0;  // my rows k1

    std::vector<double> w1r, w1i, w2r, w2i;
    twiddleTable(N1, w1r, w1i);
    twiddleTable(N2, w2r, w2i);
    // W_N^m for m < N as coarse[m / N1] * fine[m % N1]
    std::vector<cd> fine(N1), coarse(N2);
    const double step = -2.0 * M_PI / static_cast<double>(N);
    for (std::size_t r = 0; r < N1; ++r) fine[r] = cd(std::cos(step * r), std::sin(step * r));
    for (std::size_t q = 0; q < N2; ++q) coarse[q] = cd(std::cos(step * (q * N1)), std::sin(step * (q * N1)));

    // send layout: to rank s go, column after column, my columns' entries k1 in s's row block
    std::vector<int> sc(size), sd(size), rc(size), rd(size);
    for (int s = 0; s < size; ++s) {
        const std::size_t snb = split(N1, s + 1) - split(N1, s);
        const std::size_t sna = split(N2, s + 1) - split(N2, s);
        sc[s] = static_cast<int>(2 * na * snb);
        rc[s] = static_cast<int>(2 * sna * nb);
        sd[s] = s == 0 ? 0 : sd[s - 1] + sc[s - 1];
        rd[s] = s == 0 ? 0 : rd[s - 1] + rc[s - 1];
    }
    std::unique_ptr<double[]> sendRaw(new double[2 * na * N1]);
    cd* sendBuf = reinterpret_cast<cd*>(sendRaw.get());
#pragma omp parallel
    {
        // step 1, a tile of 8 columns at a time: gather, FFT each column, multiply by the
        // twiddles and pack it for every destination rank
        std::vector<cd> tile(8 * N1);
#pragma omp for schedule(static)
        for (std::size_t c = 0; c < na; c += 8) {
            const std::size_t t = std::min<std::size_t>(8, na - c);
            for (std::size_t n1 = 0; n1 < N1; ++n1)
                for (std::size_t u = 0; u < t; ++u) tile[u * N1 + n1] = x[N2 * n1 + a0 + c + u];
            for (std::size_t u = 0; u < t; ++u) {
                cd* col = &tile[u * N1];
                fftSmall(col, N1, w1r, w1i);
                const std::size_t n2 = a0 + c + u;
                for (std::size_t k1 = 1; k1 < N1; ++k1) {
                    const std::size_t m = n2 * k1;
                    const cd w = coarse[m / N1] * fine[m % N1];
                    col[k1] = cd(col[k1].real() * w.real() - col[k1].imag() * w.imag(),
                                 col[k1].real() * w.imag() + col[k1].imag() * w.real());
                }
                for (int s = 0; s < size; ++s) {
                    const std::size_t sb0 = split(N1, s), snb = split(N1, s + 1) - sb0;
                    cd* out = &sendBuf[sd[s] / 2 + (c + u) * snb];
                    for (std::size_t k = 0; k < snb; ++k) out[k] = col[sb0 + k];
                }
            }
        }
    }

    // step 2: the transpose (complex values travel as pairs of doubles)
    std::unique_ptr<double[]> recvRaw(new double[2 * nb * N2]), zRaw(new double[2 * nb * N2]);
    const cd* recvBuf = reinterpret_cast<const cd*>(recvRaw.get());
    cd* Z = reinterpret_cast<cd*>(zRaw.get());
    MPI_Alltoallv(sendRaw.get(), sc.data(), sd.data(), MPI_DOUBLE, recvRaw.get(), rc.data(), rd.data(), MPI_DOUBLE,
                  MPI_COMM_WORLD);
    sendRaw.reset();

    // unpack (from rank s come its columns n2 for my rows; row k of Z holds k1 = b0 + k), then
    // step 3: length-N2 FFTs of my rows: row k1 holds X[k1 + N1*k2], k2 = 0 .. N2-1
#pragma omp parallel for schedule(static)
    for (std::size_t k = 0; k < nb; ++k) {
        cd* row = &Z[k * N2];
        for (int s = 0; s < size; ++s) {
            const std::size_t sa0 = split(N2, s), sna = split(N2, s + 1) - sa0;
            const cd* in = &recvBuf[rd[s] / 2];
            for (std::size_t i = 0; i < sna; ++i) row[sa0 + i] = in[i * nb + k];
        }
        fftSmall(row, N2, w2r, w2i);
    }
    recvRaw.reset();

    // step 4: gather the rows on rank 0 and write them back in natural order
    std::vector<int> gc(size), gd(size);
    for (int s = 0; s < size; ++s) {
        gd[s] = static_cast<int>(2 * split(N1, s) * N2);
        gc[s] = static_cast<int>(2 * (split(N1, s + 1) - split(N1, s)) * N2);
    }
    std::unique_ptr<double[]> allRaw(new double[rank == 0 ? 2 * N : 1]);
    MPI_Gatherv(zRaw.get(), gc[rank], MPI_DOUBLE, allRaw.get(), gc.data(), gd.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        const cd* all = reinterpret_cast<const cd*>(allRaw.get());
#pragma omp parallel for schedule(static)
        for (std::size_t k1 = 0; k1 < N1; k1 += 8) {  // tiles of 8 rows
            const std::size_t t = std::min<std::size_t>(8, N1 - k1);
            for (std::size_t k2 = 0; k2 < N2; ++k2)
                for (std::size_t u = 0; u < t; ++u) x[k1 + u + N1 * k2] = all[(k1 + u) * N2 + k2];
        }
    }
}
