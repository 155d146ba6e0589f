#include "pareval_harness.hpp"

#include <cmath>
#include <complex>
#include <vector>

void discreteFourierTransform(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &X);
void PAREVAL_REFERENCE(discreteFourierTransform)(std::vector<std::complex<double>> const& x,
                                                 std::vector<std::complex<double>> &X);

struct Problem {
    using Input = std::vector<std::complex<double>>;
    using Output = std::vector<std::complex<double>>;
    static constexpr std::size_t default_size = 6000;

    // variant 0: random complex values in [-1, 1)^2
    // variant 1: a unit impulse at n = 1 (X[k] = exp(-2 pi i k / N))
    // variant 2: real-valued input (the output is conjugate-symmetric)
    // variant 3: a constant (all output in X[0])
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 16, 17, 1001},
                                        {{33, 1}, {5, 1}, {64, 2}, {9, 2}, {12, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (auto& v : x) {
            const double re = rng.uniform(-1.0, 1.0), im = rng.uniform(-1.0, 1.0);
            v = variant == 2 ? std::complex<double>(re, 0.0) : variant == 3 ? std::complex<double>(0.5, -2.0)
                                                                            : std::complex<double>(re, im);
        }
        if (variant == 1) {
            for (auto& v : x) v = 0.0;
            if (n > 1) x[1] = 1.0;
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        Output X(x.size());
        timer.start();
        PAREVAL_REFERENCE(discreteFourierTransform)(x, X);
        timer.stop();
        return X;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        Output X(x.size(), pareval::sentinel<std::complex<double>>());
        timer.start();
        discreteFourierTransform(x, X);
        timer.stop();
        return X;
    }

    // each component within 1e-6 relative plus 1e-9 * sum|x[n]| absolute: the rounding of a sum
    // of N terms (and of the twiddle factors) grows with N and the input's size
    static bool check(const Input& x, const Output& expected, const Output& got) {
        double l1 = 0.0;
        for (auto& v : x) l1 += std::abs(v);
        return pareval::all_close(expected, got, 1e-6, 1e-9 * l1 + 1e-12);
    }
};

PAREVAL_MAIN(Problem)
