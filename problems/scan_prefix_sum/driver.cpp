#include "pareval_harness.hpp"

#include <cmath>
#include <vector>

void prefixSum(std::vector<double> const& x, std::vector<double>& output);
void PAREVAL_REFERENCE(prefixSum)(std::vector<double> const& x, std::vector<double>& output);

struct Problem {
    using Input = std::vector<double>;
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 16'000'000;

    // variant 0: values in [-1, 1); variant 1: small integers (exact sums); variant 2: all negative;
    // variant 3: all zero except a few large spikes
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 1}, {513, 2}, {4099, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (auto& v : x) {
            if (variant == 1) v = static_cast<double>(rng.integer(-9, 9));
            else if (variant == 2) v = rng.uniform(-5.0, -0.5);
            else if (variant == 3) v = rng.integer(0, 49) == 0 ? rng.uniform(100.0, 1000.0) : 0.0;
            else v = rng.uniform(-1.0, 1.0);
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        Output out(x.size(), 0.0);
        timer.start();
        PAREVAL_REFERENCE(prefixSum)(x, out);
        timer.stop();
        return out;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        Output out(x.size(), pareval::sentinel<double>());
        timer.start();
        prefixSum(x, out);
        timer.stop();
        return out;
    }

    // summation order may differ (blocks): |got - expected| <= 1e-9 * (|x[0]| + ... + |x[i]|) + 1e-12
    static bool check(const Input& x, const Output& expected, const Output& got) {
        if (got.size() != expected.size()) return false;
        double scale = 0.0;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            scale += std::fabs(x[i]);
            if (!std::isfinite(got[i]) || std::fabs(got[i] - expected[i]) > 1e-9 * scale + 1e-12) return false;
        }
        return true;
    }
};

PAREVAL_MAIN(Problem)
