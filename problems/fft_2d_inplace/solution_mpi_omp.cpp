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

// exp(-2 pi i j / n) for j < n/2, real and imaginary parts apart
struct Roots {
    std::vector<double> re, im;
    explicit Roots(size_t n) : re(n / 2), im(n / 2) {
        for (size_t j = 0; j < n / 2; ++j) {
            const double ang = -2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n);
            re[j] = std::cos(ang);
            im[j] = std::sin(ang);
        }
    }
};

// radix-2 decimation-in-time FFT of x[0..n) in place; n is a power of two and w = Roots(n)
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
    double* a = reinterpret_cast<double*>(x);
    for (size_t len = 2; len <= n; len <<= 1) {
        const size_t half = len / 2, step = n / len;
        for (size_t s = 0; s < n; s += len)
            for (size_t j = 0; j < half; ++j) {
                const double wr = w.re[j * step], wi = w.im[j * step];
                double* p = a + 2 * (s + j);
                double* q = a + 2 * (s + j + half);
                const double tr = q[0] * wr - q[1] * wi, ti = q[0] * wi + q[1] * wr;
                q[0] = p[0] - tr;
                q[1] = p[1] - ti;
                p[0] += tr;
                p[1] += ti;
            }
    }
}

}  // namespace

// Each rank transforms a block of rows (its threads split them), an MPI_Alltoallw with vector
// datatypes hands every rank all rows of its block of columns, the rank's threads transform those
// columns in groups of 8, and rank 0 receives the column blocks straight into the image. All MPI
// calls are made by the calling thread, outside the parallel regions.
void fft2dInPlace(std::vector<std::complex<double>> &image, size_t rows, size_t cols) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    auto split = [&](size_t total, int r) { return total * static_cast<size_t>(r) / static_cast<size_t>(size); };
    const size_t r0 = split(rows, rank), nr = split(rows, rank + 1) - r0;
    const size_t c0 = split(cols, rank), nc = split(cols, rank + 1) - c0;
    const Roots wRow(cols), wCol(rows);

    cd* img = image.data();
#pragma omp parallel for schedule(static)
    for (long r = static_cast<long>(r0); r < static_cast<long>(r0 + nr); ++r)
        transform(img + static_cast<size_t>(r) * cols, cols, wRow);

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
    std::vector<cd> T(rows * nc);  // all rows of my columns, row-major rows x nc
    MPI_Alltoallw(image.data(), sc.data(), sd.data(), sendTypes.data(), T.data(), rc.data(), rd.data(),
                  recvTypes.data(), MPI_COMM_WORLD);
    for (int s = 0; s < size; ++s) MPI_Type_free(&sendTypes[s]);

    const long groups = static_cast<long>((nc + 7) / 8);
#pragma omp parallel
    {
        std::vector<cd> buf(8 * rows);
#pragma omp for schedule(static)
        for (long g = 0; g < groups; ++g) {
            const size_t c = static_cast<size_t>(g) * 8, t = std::min<size_t>(8, nc - c);
            for (size_t r = 0; r < rows; ++r)
                for (size_t u = 0; u < t; ++u) buf[u * rows + r] = T[r * nc + c + u];
            for (size_t u = 0; u < t; ++u) transform(&buf[u * rows], rows, wCol);
            for (size_t r = 0; r < rows; ++r)
                for (size_t u = 0; u < t; ++u) T[r * nc + c + u] = buf[u * rows + r];
        }
    }

    if (rank == 0) {
        const long R = static_cast<long>(rows);
#pragma omp parallel for schedule(static)
        for (long r = 0; r < R; ++r)
            std::copy(&T[r * nc], &T[r * nc] + nc, img + static_cast<size_t>(r) * cols + c0);
        for (int s = 1; s < size; ++s) {
            const size_t sc0 = split(cols, s), snc = split(cols, s + 1) - sc0;
            if (snc == 0) continue;
            MPI_Datatype block;
            MPI_Type_vector(static_cast<int>(rows), static_cast<int>(snc), static_cast<int>(cols), cplx, &block);
            MPI_Type_commit(&block);
            MPI_Recv(img + sc0, 1, block, s, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            MPI_Type_free(&block);
        }
    } else if (nc > 0) {
        MPI_Send(T.data(), static_cast<int>(rows * nc), cplx, 0, 0, MPI_COMM_WORLD);
    }
    MPI_Type_free(&cplx);
}
