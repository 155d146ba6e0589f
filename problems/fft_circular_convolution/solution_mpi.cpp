#include <mpi.h>
#include <algorithm>
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

// Four-step transforms with N = N1 * N2, n = N2*n1 + n2 and k = k1 + N1*k2:
//   Z[k1 + N1*k2] = sum_n2 W_N2^(n2*k2) * W_N^(n2*k1) * sum_n1 z[N2*n1 + n2] * W_N1^(n1*k1).
// Columns n2 and rows k1 are split among the ranks; a row k1 lives on the same rank as its
// mirror row N1 - k1, which holds the Z[-k] needed to separate the spectra of a and b.
void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t N = a.size();
    size_t lg = 0;
    while ((size_t(1) << lg) < N) ++lg;
    const size_t N1 = size_t(1) << (lg / 2), N2 = N / N1;
    auto split = [&](size_t total, int r) { return total * static_cast<size_t>(r) / static_cast<size_t>(size); };
    auto rowsOf = [&](int s) {  // pairs {j, N1 - j}, j = 0 .. N1/2, dealt out in blocks
        std::vector<size_t> rows;
        const size_t J = N1 / 2 + 1;
        for (size_t j = split(J, s); j < split(J, s + 1); ++j) {
            rows.push_back(j);
            if (j != 0 && N1 - j != j) rows.push_back(N1 - j);
        }
        return rows;
    };
    const size_t a0 = split(N2, rank), na = split(N2, rank + 1) - a0;  // my columns n2
    const std::vector<size_t> myRows = rowsOf(rank);
    const size_t nb = myRows.size();
    std::vector<size_t> rowPos(N1, 0);
    for (size_t i = 0; i < nb; ++i) rowPos[myRows[i]] = i;
    std::vector<std::vector<size_t>> rowsAll(size);
    for (int s = 0; s < size; ++s) rowsAll[s] = rowsOf(s);

    const Twiddles f1(N1, -1.0), f2(N2, -1.0), i1(N1, 1.0), i2(N2, 1.0);
    // W_N^m for m < N as coarse[m / N1] * fine[m % N1]
    std::vector<cd> fine(N1), coarse(N2);
    const double step = -2.0 * M_PI / static_cast<double>(N);
    for (size_t r = 0; r < N1; ++r) fine[r] = cd(std::cos(step * r), std::sin(step * r));
    for (size_t q = 0; q < N2; ++q) coarse[q] = cd(std::cos(step * (q * N1)), std::sin(step * (q * N1)));
    auto twiddle = [&](size_t m) { return mul(coarse[m / N1], fine[m % N1]); };

    std::vector<int> cs(size), cd_(size), rs(size), rd(size);
    auto displs = [&](std::vector<int>& counts, std::vector<int>& d) {
        for (int s = 0; s < size; ++s) d[s] = s == 0 ? 0 : d[s - 1] + counts[s - 1];
    };
    std::vector<cd> sendBuf(std::max(na * N1, nb * N2)), recvBuf(std::max(na * N1, nb * N2));

    // forward, column phase: length-N1 transforms of z = a + i b, then twiddles
    std::vector<cd> Y(na * N1);
    for (size_t col = 0; col < na; col += 8) {
        const size_t t = std::min<size_t>(8, na - col);
        for (size_t n1 = 0; n1 < N1; ++n1)
            for (size_t u = 0; u < t; ++u) {
                const size_t n = N2 * n1 + a0 + col + u;
                Y[(col + u) * N1 + n1] = cd(a[n], b[n]);
            }
    }
    for (size_t col = 0; col < na; ++col) {
        fft1d(&Y[col * N1], N1, f1);
        for (size_t k1 = 1; k1 < N1; ++k1) Y[col * N1 + k1] = mul(Y[col * N1 + k1], twiddle((a0 + col) * k1));
    }
    // transpose columns -> rows
    for (int s = 0; s < size; ++s) {
        cs[s] = static_cast<int>(2 * na * rowsAll[s].size());
        rs[s] = static_cast<int>(2 * (split(N2, s + 1) - split(N2, s)) * nb);
    }
    displs(cs, cd_);
    displs(rs, rd);
    for (int s = 0; s < size; ++s) {
        cd* out = &sendBuf[cd_[s] / 2];
        for (size_t col = 0; col < na; ++col)
            for (size_t k1 : rowsAll[s]) *out++ = Y[col * N1 + k1];
    }
    MPI_Alltoallv(reinterpret_cast<double*>(sendBuf.data()), cs.data(), cd_.data(), MPI_DOUBLE,
                  reinterpret_cast<double*>(recvBuf.data()), rs.data(), rd.data(), MPI_DOUBLE, MPI_COMM_WORLD);
    std::vector<cd> Z(nb * N2), P(nb * N2);
    for (int s = 0; s < size; ++s) {
        const size_t sa0 = split(N2, s), sna = split(N2, s + 1) - sa0;
        const cd* in = &recvBuf[rd[s] / 2];
        for (size_t i = 0; i < sna; ++i)
            for (size_t r = 0; r < nb; ++r) Z[r * N2 + sa0 + i] = *in++;
    }
    // forward, row phase: row k1 then holds Z[k1 + N1*k2]
    for (size_t r = 0; r < nb; ++r) fft1d(&Z[r * N2], N2, f2);

    // spectra of a and b, their product, then the inverse row phase with conjugate twiddles
    for (size_t r = 0; r < nb; ++r) {
        const size_t k1 = myRows[r], m1 = (N1 - k1) % N1, mr = rowPos[m1];
        for (size_t k2 = 0; k2 < N2; ++k2) {
            const size_t m2 = k1 == 0 ? (N2 - k2) % N2 : N2 - 1 - k2;
            const cd zk = Z[r * N2 + k2], zm = std::conj(Z[mr * N2 + m2]);
            const cd A = 0.5 * (zk + zm);
            const cd B = cd(0.0, -0.5) * (zk - zm);
            P[r * N2 + k2] = mul(A, B);
        }
    }
    for (size_t r = 0; r < nb; ++r) {
        const size_t k1 = myRows[r];
        fft1d(&P[r * N2], N2, i2);
        for (size_t n2 = 1; n2 < N2; ++n2) P[r * N2 + n2] = mul(P[r * N2 + n2], std::conj(twiddle(k1 * n2)));
    }
    // transpose rows -> columns
    for (int s = 0; s < size; ++s) {
        cs[s] = static_cast<int>(2 * nb * (split(N2, s + 1) - split(N2, s)));
        rs[s] = static_cast<int>(2 * rowsAll[s].size() * na);
    }
    displs(cs, cd_);
    displs(rs, rd);
    for (int s = 0; s < size; ++s) {
        const size_t sa0 = split(N2, s), sna = split(N2, s + 1) - sa0;
        cd* out = &sendBuf[cd_[s] / 2];
        for (size_t r = 0; r < nb; ++r)
            for (size_t i = 0; i < sna; ++i) *out++ = P[r * N2 + sa0 + i];
    }
    MPI_Alltoallv(reinterpret_cast<double*>(sendBuf.data()), cs.data(), cd_.data(), MPI_DOUBLE,
                  reinterpret_cast<double*>(recvBuf.data()), rs.data(), rd.data(), MPI_DOUBLE, MPI_COMM_WORLD);
    for (int s = 0; s < size; ++s) {
        const cd* in = &recvBuf[rd[s] / 2];
        for (size_t k1 : rowsAll[s])
            for (size_t col = 0; col < na; ++col) Y[col * N1 + k1] = *in++;
    }
    // inverse, column phase: column n2 then holds N * c[N2*n1 + n2]
    std::vector<double> mine(na * N1);
    for (size_t col = 0; col < na; ++col) {
        fft1d(&Y[col * N1], N1, i1);
        for (size_t n1 = 0; n1 < N1; ++n1) mine[col * N1 + n1] = Y[col * N1 + n1].real() / static_cast<double>(N);
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
        for (size_t col = 0; col < N2; col += 8) {
            const size_t t = std::min<size_t>(8, N2 - col);
            for (size_t n1 = 0; n1 < N1; ++n1)
                for (size_t u = 0; u < t; ++u) c[N2 * n1 + col + u] = all[(col + u) * N1 + n1];
        }
    }
}
