#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

namespace {

// Bit-reversal table and twiddles for radix-2 FFTs of length n, a power of two.
struct FFTPlan {
    size_t n = 0;
    std::vector<size_t> rev;
    std::vector<double> wr, wi;  // exp(-2 pi i j / n), j < n/2

    explicit FFTPlan(size_t len) : n(len), rev(len), wr(len / 2), wi(len / 2) {
        size_t bits = 0;
        while ((size_t(1) << bits) < n) ++bits;
        for (size_t i = 0; i < n; ++i) {
            size_t r = 0;
            for (size_t b = 0; b < bits; ++b) r |= ((i >> b) & 1) << (bits - 1 - b);
            rev[i] = r;
        }
        for (size_t j = 0; j < n / 2; ++j) {
            wr[j] = std::cos(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
            wi[j] = std::sin(-2.0 * M_PI * static_cast<double>(j) / static_cast<double>(n));
        }
    }
};

// The power spectrum of the plan.n samples at s into out[0 .. plan.n/2], by an iterative radix-2
// FFT on separate real/imaginary work arrays re and im.
void framePower(const FFTPlan& plan, const double* s, double* __restrict re, double* __restrict im, double* out) {
    const size_t n = plan.n;
    const size_t* rev = plan.rev.data();
    const double* wr = plan.wr.data();
    const double* wi = plan.wi.data();
    for (size_t i = 0; i < n; ++i) {
        re[i] = s[rev[i]];
        im[i] = 0.0;
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const size_t half = len / 2, stride = n / len;
        for (size_t st = 0; st < n; st += len)
            for (size_t j = 0; j < half; ++j) {
                const double c = wr[j * stride], d = wi[j * stride];
                const size_t a = st + j, b = a + half;
                const double tr = re[b] * c - im[b] * d, ti = re[b] * d + im[b] * c;
                re[b] = re[a] - tr;
                im[b] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
            }
    }
    for (size_t k = 0; k <= n / 2; ++k) out[k] = re[k] * re[k] + im[k] * im[k];
}

}  // namespace

// Each rank transforms a block of the frames, its threads splitting the block (each thread with
// its own work arrays); rank 0 gathers the spectrum rows in place, outside the parallel region.
void framePowerSpectra(std::vector<double> const& signal, size_t frameLen, size_t hop, std::vector<double> &spectra) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (signal.size() < frameLen) return;
    const size_t frames = (signal.size() - frameLen) / hop + 1, bins = frameLen / 2 + 1;
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        const size_t b = frames * r / size, e = frames * (r + 1) / size;
        displs[r] = static_cast<int>(b * bins);
        counts[r] = static_cast<int>((e - b) * bins);
    }
    const long first = static_cast<long>(frames * rank / size), last = static_cast<long>(frames * (rank + 1) / size);
    const FFTPlan plan(frameLen);
#pragma omp parallel
    {
        std::vector<double> re(frameLen), im(frameLen);
#pragma omp for schedule(static)
        for (long f = first; f < last; ++f)
            framePower(plan, &signal[f * hop], re.data(), im.data(), &spectra[f * bins]);
    }
    if (rank == 0) {
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, spectra.data(), counts.data(), displs.data(),
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(spectra.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    }
}
