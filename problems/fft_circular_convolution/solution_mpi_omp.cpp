#include <mpi.h>
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

// Four-step transforms with N = N1 * N2, n = N2 n1 + n2 and k = k1 + N1 k2. Each rank takes a
// block of the columns n2 for the column phases and a set of rows k1 for the row phases; a row k1
// stays on the same rank as its mirror row N1 - k1, which holds the Z[-k] that separates the
// spectra of a and b. MPI_Alltoallv transposes between the phases. Inside a rank the threads
// split the columns or rows; all MPI calls are made by the calling thread between parallel regions.
void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t N = a.size();
    size_t lg = 0;
    while ((size_t(1) << lg) < N) ++lg;
    const size_t N1 = size_t(1) << (lg / 2), N2 = N / N1;
    auto split = [&](size_t total, int r) { return total * static_cast<size_t>(r) / static_cast<size_t>(size); };
    std::vector<std::vector<size_t>> rowsAll(size);  // pairs {j, N1 - j}, j <= N1/2, dealt in blocks
    for (int s = 0; s < size; ++s) {
        const size_t J = N1 / 2 + 1;
        for (size_t j = split(J, s); j < split(J, s + 1); ++j) {
            rowsAll[s].push_back(j);
            if (j != 0 && N1 - j != j) rowsAll[s].push_back(N1 - j);
        }
    }
    const size_t a0 = split(N2, rank), na = split(N2, rank + 1) - a0;  // my columns
    const std::vector<size_t>& myRows = rowsAll[rank];
    const size_t nb = myRows.size();
    std::vector<size_t> rowPos(N1, 0);
    for (size_t i = 0; i < nb; ++i) rowPos[myRows[i]] = i;

    const Roots fwd1(N1, -1.0), fwd2(N2, -1.0), inv1(N1, 1.0), inv2(N2, 1.0);
    std::vector<cd> fine(N1), coarse(N2);  // W_N^m = coarse[m / N1] * fine[m % N1]
    const double ang = -2.0 * M_PI / static_cast<double>(N);
    for (size_t r = 0; r < N1; ++r) fine[r] = std::polar(1.0, ang * static_cast<double>(r));
    for (size_t q = 0; q < N2; ++q) coarse[q] = std::polar(1.0, ang * static_cast<double>(q * N1));
    auto twiddle = [&](size_t m) { return times(coarse[m / N1], fine[m % N1]); };

    std::vector<int> sc(size), sd(size), rc(size), rd(size);
    auto offsets = [&](const std::vector<int>& counts, std::vector<int>& d) {
        for (int s = 0; s < size; ++s) d[s] = s == 0 ? 0 : d[s - 1] + counts[s - 1];
    };
    std::vector<cd> sendBuf(std::max(na * N1, nb * N2)), recvBuf(std::max(na * N1, nb * N2));
    const long lna = static_cast<long>(na), lnb = static_cast<long>(nb);

    // forward column phase on my columns: Y[col * N1 + k1]
    std::vector<cd> Y(na * N1);
    const long groups = static_cast<long>((na + 7) / 8);
#pragma omp parallel
    {
        std::vector<cd> buf(8 * N1);
#pragma omp for schedule(static)
        for (long g = 0; g < groups; ++g) {
            const size_t c0 = static_cast<size_t>(g) * 8, t = std::min<size_t>(8, na - c0);
            for (size_t n1 = 0; n1 < N1; ++n1)
                for (size_t u = 0; u < t; ++u) {
                    const size_t n = N2 * n1 + a0 + c0 + u;
                    buf[u * N1 + n1] = cd(a[n], b[n]);
                }
            for (size_t u = 0; u < t; ++u) {
                cd* col = &buf[u * N1];
                transform(col, N1, fwd1);
                for (size_t k1 = 1; k1 < N1; ++k1) col[k1] = times(col[k1], twiddle((a0 + c0 + u) * k1));
                std::copy(col, col + N1, &Y[(c0 + u) * N1]);
            }
        }
    }
    // columns -> rows
    for (int s = 0; s < size; ++s) {
        sc[s] = static_cast<int>(2 * na * rowsAll[s].size());
        rc[s] = static_cast<int>(2 * (split(N2, s + 1) - split(N2, s)) * nb);
    }
    offsets(sc, sd);
    offsets(rc, rd);
#pragma omp parallel for schedule(static)
    for (long col = 0; col < lna; ++col)
        for (int s = 0; s < size; ++s) {
            const std::vector<size_t>& rs = rowsAll[s];
            cd* out = &sendBuf[sd[s] / 2 + static_cast<size_t>(col) * rs.size()];
            for (size_t i = 0; i < rs.size(); ++i) out[i] = Y[static_cast<size_t>(col) * N1 + rs[i]];
        }
    MPI_Alltoallv(reinterpret_cast<double*>(sendBuf.data()), sc.data(), sd.data(), MPI_DOUBLE,
                  reinterpret_cast<double*>(recvBuf.data()), rc.data(), rd.data(), MPI_DOUBLE, MPI_COMM_WORLD);

    // forward row phase, product of the spectra, inverse row phase: Z and P hold my rows
    std::vector<cd> Z(nb * N2), P(nb * N2);
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (long r = 0; r < lnb; ++r) {
            cd* row = &Z[static_cast<size_t>(r) * N2];
            for (int s = 0; s < size; ++s) {
                const size_t sa0 = split(N2, s), sna = split(N2, s + 1) - sa0;
                const cd* in = &recvBuf[rd[s] / 2];
                for (size_t i = 0; i < sna; ++i) row[sa0 + i] = in[i * nb + static_cast<size_t>(r)];
            }
            transform(row, N2, fwd2);
        }
#pragma omp for schedule(static)
        for (long r = 0; r < lnb; ++r) {
            const size_t k1 = myRows[r], mr = rowPos[(N1 - k1) % N1];
            cd* out = &P[static_cast<size_t>(r) * N2];
            for (size_t k2 = 0; k2 < N2; ++k2) {
                const size_t m2 = k1 == 0 ? (N2 - k2) % N2 : N2 - 1 - k2;
                const cd zk = Z[static_cast<size_t>(r) * N2 + k2], zm = std::conj(Z[mr * N2 + m2]);
                const cd A = 0.5 * (zk + zm);
                const cd B = cd(0.0, -0.5) * (zk - zm);
                out[k2] = times(A, B);
            }
            transform(out, N2, inv2);
            for (size_t n2 = 1; n2 < N2; ++n2) out[n2] = times(out[n2], std::conj(twiddle(k1 * n2)));
        }
    }
    // rows -> columns
    for (int s = 0; s < size; ++s) {
        sc[s] = static_cast<int>(2 * nb * (split(N2, s + 1) - split(N2, s)));
        rc[s] = static_cast<int>(2 * rowsAll[s].size() * na);
    }
    offsets(sc, sd);
    offsets(rc, rd);
#pragma omp parallel for schedule(static)
    for (long r = 0; r < lnb; ++r)
        for (int s = 0; s < size; ++s) {
            const size_t sa0 = split(N2, s), sna = split(N2, s + 1) - sa0;
            std::copy(&P[static_cast<size_t>(r) * N2 + sa0], &P[static_cast<size_t>(r) * N2 + sa0] + sna,
                      &sendBuf[sd[s] / 2 + static_cast<size_t>(r) * sna]);
        }
    MPI_Alltoallv(reinterpret_cast<double*>(sendBuf.data()), sc.data(), sd.data(), MPI_DOUBLE,
                  reinterpret_cast<double*>(recvBuf.data()), rc.data(), rd.data(), MPI_DOUBLE, MPI_COMM_WORLD);

    // inverse column phase: column n2 then holds N * c[N2 n1 + n2]
    std::vector<double> mine(na * N1);
    const double scale = 1.0 / static_cast<double>(N);
#pragma omp parallel for schedule(static)
    for (long col = 0; col < lna; ++col) {
        cd* y = &Y[static_cast<size_t>(col) * N1];
        for (int s = 0; s < size; ++s) {
            const std::vector<size_t>& rs = rowsAll[s];
            const cd* in = &recvBuf[rd[s] / 2];
            for (size_t i = 0; i < rs.size(); ++i) y[rs[i]] = in[i * na + static_cast<size_t>(col)];
        }
        transform(y, N1, inv1);
        for (size_t n1 = 0; n1 < N1; ++n1) mine[static_cast<size_t>(col) * N1 + n1] = y[n1].real() * scale;
    }
    // gather the columns on rank 0 and put them in place
    std::vector<int> gc(size), gd(size);
    for (int s = 0; s < size; ++s) {
        gd[s] = static_cast<int>(split(N2, s) * N1);
        gc[s] = static_cast<int>((split(N2, s + 1) - split(N2, s)) * N1);
    }
    std::vector<double> all(rank == 0 ? N : 0);
    MPI_Gatherv(mine.data(), gc[rank], MPI_DOUBLE, all.data(), gc.data(), gd.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        const long allGroups = static_cast<long>((N2 + 7) / 8);
#pragma omp parallel for schedule(static)
        for (long g = 0; g < allGroups; ++g) {
            const size_t c0 = static_cast<size_t>(g) * 8, t = std::min<size_t>(8, N2 - c0);
            for (size_t n1 = 0; n1 < N1; ++n1)
                for (size_t u = 0; u < t; ++u) c[N2 * n1 + c0 + u] = all[(c0 + u) * N1 + n1];
        }
    }
}
