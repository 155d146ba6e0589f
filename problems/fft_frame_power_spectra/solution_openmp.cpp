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

// The frames are independent and cost the same: they are split evenly over the threads, each
// thread with its own work arrays.
void framePowerSpectra(std::vector<double> const& signal, size_t frameLen, size_t hop, std::vector<double> &spectra) {
    if (signal.size() < frameLen) return;
    const long frames = static_cast<long>((signal.size() - frameLen) / hop + 1);
    const size_t bins = frameLen / 2 + 1;
    const FFTPlan plan(frameLen);
#pragma omp parallel
    {
        std::vector<double> re(frameLen), im(frameLen);
#pragma omp for schedule(static)
        for (long f = 0; f < frames; ++f) framePower(plan, &signal[f * hop], re.data(), im.data(), &spectra[f * bins]);
    }
}
