#include "pareval_harness.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c);
void PAREVAL_REFERENCE(circularConvolution)(std::vector<double> const& a, std::vector<double> const& b,
                                            std::vector<double> &c);

struct Problem {
    struct Input {
        std::vector<double> a, b;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 1 << 19;

    // sizes are powers of two
    // variant 0: random values in [-1, 1)
    // variant 1: b is a unit impulse at 1 (c is a rotated by one)
    // variant 2: small integers (c is an exact integer sequence)
    // variant 3: a is a smooth pulse and b a short averaging kernel wrapping around the end
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 4, 8, 32, 128, 1024, 4096},
                                        {{64, 1}, {2, 1}, {16, 2}, {512, 2}, {256, 3}, {8, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.a.resize(n);
        in.b.resize(n);
        for (size_t i = 0; i < n; ++i) {
            in.a[i] = variant == 2 ? static_cast<double>(rng.integer(-5, 5)) : rng.uniform(-1.0, 1.0);
            in.b[i] = variant == 2 ? static_cast<double>(rng.integer(-5, 5)) : rng.uniform(-1.0, 1.0);
            if (variant == 1) in.b[i] = 0.0;
            if (variant == 3) {
                const double t = (static_cast<double>(i) - 0.3 * n) / (0.05 * n + 1.0);
                in.a[i] = std::exp(-t * t);
                in.b[i] = (i < 2 || i + 2 >= n) ? 0.25 : 0.0;
            }
        }
        if (variant == 1) in.b[n > 1 ? 1 : 0] = 1.0;
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output c(in.a.size(), 0.0);
        timer.start();
        PAREVAL_REFERENCE(circularConvolution)(in.a, in.b, c);
        timer.stop();
        return c;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output c(in.a.size(), pareval::sentinel<double>());
        timer.start();
        circularConvolution(in.a, in.b, c);
        timer.stop();
        return c;
    }

    // each value within 1e-8 relative plus 1e-9 * sqrt(N) * max|a| * max|b| absolute (FFT-based
    // and direct sums round differently; the rounding grows with N and the inputs' sizes)
    static bool check(const Input& in, const Output& expected, const Output& got) {
        double ma = 0.0, mb = 0.0;
        for (double v : in.a) ma = std::max(ma, std::fabs(v));
        for (double v : in.b) mb = std::max(mb, std::fabs(v));
        const double atol = 1e-9 * std::sqrt(static_cast<double>(in.a.size())) * ma * mb + 1e-12;
        return pareval::all_close(expected, got, 1e-8, atol);
    }
};

PAREVAL_MAIN(Problem)
