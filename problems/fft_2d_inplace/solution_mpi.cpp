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

    // 2. transpose straight out of the image with derived datatypes: rank s receives the part
    //    [my rows] x [its columns]; I receive [all rows] x [my columns] into T (row-major, rows x nc)
    MPI_Datatype cplx;
    MPI_Type_contiguous(2, MPI_DOUBLE, &cplx);
    MPI_Type_commit(&cplx);
    std::vector<MPI_Datatype> sendTypes(size, cplx), recvTypes(size, cplx);
    std::vector<int> sc(size), sd(size), rc(size), rd(size);
    for (int s = 0; s < size; ++s) {
        const size_t sc0 = split(cols, s), snc = split(cols, s + 1) - sc0;
        const size_t sr0 = split(rows, s), snr = split(rows, s + 1) - sr0;
        MPI_Type_vector(static_cast<int>(nr), static_cast<int>(snc), static_cast<int>(cols), cplx, &sendTypes[s]);
        MPI_Type_commit(&sendTypes[s]);
        sc[s] = nr > 0 && snc > 0 ? 1 : 0;
        sd[s] = static_cast<int>((r0 * cols + sc0) * sizeof(cd));
        rc[s] = static_cast<int>(snr * nc);
        rd[s] = static_cast<int>(sr0 * nc * sizeof(cd));
    }
    std::vector<cd> T(rows * nc);
    MPI_Alltoallw(image.data(), sc.data(), sd.data(), sendTypes.data(), T.data(), rc.data(), rd.data(),
                  recvTypes.data(), MPI_COMM_WORLD);
    for (int s = 0; s < size; ++s) MPI_Type_free(&sendTypes[s]);

    // 3. transform my columns, 8 at a time through a contiguous buffer
    std::vector<cd> buf(8 * rows);
    for (size_t c = 0; c < nc; c += 8) {
        const size_t t = std::min<size_t>(8, nc - c);
        for (size_t r = 0; r < rows; ++r)
            for (size_t u = 0; u < t; ++u) buf[u * rows + r] = T[r * nc + c + u];
        for (size_t u = 0; u < t; ++u) fft1d(&buf[u * rows], rows, wc);
        for (size_t r = 0; r < rows; ++r)
            for (size_t u = 0; u < t; ++u) T[r * nc + c + u] = buf[u * rows + r];
    }

    // 4. rank 0 receives every other rank's column block straight into the image
    if (rank == 0) {
        for (size_t r = 0; r < rows; ++r) std::copy(&T[r * nc], &T[r * nc] + nc, &image[r * cols + c0]);
        for (int s = 1; s < size; ++s) {
            const size_t sc0 = split(cols, s), snc = split(cols, s + 1) - sc0;
            if (snc == 0) continue;
            MPI_Datatype block;
            MPI_Type_vector(static_cast<int>(rows), static_cast<int>(snc), static_cast<int>(cols), cplx, &block);
            MPI_Type_commit(&block);
            MPI_Recv(&image[sc0], 1, block, s, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            MPI_Type_free(&block);
        }
    } else if (nc > 0) {
        MPI_Send(T.data(), static_cast<int>(rows * nc), cplx, 0, 0, MPI_COMM_WORLD);
    }
    MPI_Type_free(&cplx);
}
