#include "pareval_harness.hpp"

#include <cmath>
#include <complex>
#include <vector>

void forwardFFTInPlace(std::vector<std::complex<double>> &x);
void PAREVAL_REFERENCE(forwardFFTInPlace)(std::vector<std::complex<double>> &x);

struct Problem {
    using Input = std::vector<std::complex<double>>;
    using Output = std::vector<std::complex<double>>;
    static constexpr std::size_t default_size = 1 << 20;

    // sizes are powers of two
    // variant 0: random complex values in [-1, 1)^2
    // variant 1: a unit impulse at n = 3 (or n = 0 for N < 4)
    // variant 2: a real cosine at frequency 5 plus small noise
    // variant 3: a constant
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 4, 8, 32, 128, 1024, 4096},
                                        {{64, 1}, {2, 1}, {256, 2}, {16, 2}, {8, 3}, {2048, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (size_t i = 0; i < n; ++i) {
            const double re = rng.uniform(-1.0, 1.0), im = rng.uniform(-1.0, 1.0);
            if (variant == 0) x[i] = std::complex<double>(re, im);
            if (variant == 2)
                x[i] = std::cos(2.0 * M_PI * 5.0 * static_cast<double>(i) / static_cast<double>(n)) + 0.01 * re;
            if (variant == 3) x[i] = std::complex<double>(-1.5, 0.25);
        }
        if (variant == 1 && n > 0) x[n >= 4 ? 3 : 0] = 1.0;
        return x;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        PAREVAL_REFERENCE(forwardFFTInPlace)(x);
        timer.stop();
        return x;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        forwardFFTInPlace(x);
        timer.stop();
        return x;
    }

    // each component within 1e-6 relative plus 1e-9 * sqrt(N) * max|x| absolute: FFT rounding
    // grows like log N * sqrt(N) times the input's size, and other algorithms round differently
    static bool check(const Input& in, const Output& expected, const Output& got) {
        double mx = 0.0;
        for (auto& v : in) mx = std::max(mx, std::abs(v));
        return pareval::all_close(expected, got, 1e-6, 1e-9 * std::sqrt(static_cast<double>(in.size())) * mx + 1e-12);
    }
};

PAREVAL_MAIN(Problem)
