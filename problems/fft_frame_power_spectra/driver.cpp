#include "pareval_harness.hpp"

#include <cstddef>
#include <vector>

void framePowerSpectra(std::vector<double> const& signal, size_t frameLen, size_t hop, std::vector<double> &spectra);
void PAREVAL_REFERENCE(framePowerSpectra)(std::vector<double> const& signal, size_t frameLen, size_t hop,
                                          std::vector<double> &spectra);

struct Problem {
    struct Input {
        std::vector<double> signal;
        size_t frameLen = 1, hop = 1;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 1 << 22;  // samples; frameLen 1024, hop 512

    // The size is the signal length.
    // variant 0: frameLen 16, hop 8 (half overlap)
    // variant 1: frameLen 8, hop 11 (gaps between frames); a pure tone plus noise
    // variant 2: frameLen 1, hop 1 (each frame one sample)
    // variant 3: frameLen 64: fewer samples than one frame gives no frames, exactly 64 gives one
    // variant 4: frameLen 32, hop 32 (back to back), integer samples
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({16, 17, 40, 71, 1001},
                                        {{99, 1}, {8, 1}, {7, 2}, {1, 2}, {63, 3}, {64, 3}, {165, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.frameLen = n == default_size ? 1024 : variant == 1 ? 8 : variant == 2 ? 1 : variant == 3 ? 64
                                                : variant == 4 ? 32 : 16;
        in.hop = n == default_size ? 512 : variant == 1 ? 11 : variant == 2 ? 1 : variant == 3 ? 5
                                           : variant == 4 ? 32 : 8;
        in.signal.resize(n);
        for (size_t i = 0; i < n; ++i) {
            double v = rng.uniform(-1.0, 1.0);
            if (variant == 1) v = 0.2 * v + std::cos(2.0 * M_PI * 3.0 * static_cast<double>(i) / 8.0);
            if (variant == 4) v = static_cast<double>(rng.integer(-4, 4));
            in.signal[i] = v;
        }
        return in;
    }

    static size_t outputSize(const Input& in) {
        if (in.signal.size() < in.frameLen) return 0;
        return ((in.signal.size() - in.frameLen) / in.hop + 1) * (in.frameLen / 2 + 1);
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output spectra(outputSize(in), 0.0);
        timer.start();
        PAREVAL_REFERENCE(framePowerSpectra)(in.signal, in.frameLen, in.hop, spectra);
        timer.stop();
        return spectra;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output spectra(outputSize(in), pareval::sentinel<double>());
        timer.start();
        framePowerSpectra(in.signal, in.frameLen, in.hop, spectra);
        timer.stop();
        return spectra;
    }

    // each value within 1e-8 relative plus 1e-11 * frameLen^2 absolute (the powers are at most
    // frameLen^2 times the squared sample size; FFT and direct sums round differently)
    static bool check(const Input& in, const Output& expected, const Output& got) {
        const double w = static_cast<double>(in.frameLen);
        return pareval::all_close(expected, got, 1e-8, 1e-11 * w * w + 1e-12);
    }
};

PAREVAL_MAIN(Problem)
