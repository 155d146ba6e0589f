#include "pareval_harness.hpp"

#include <vector>

void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output);
void PAREVAL_REFERENCE(jacobiStep1D)(std::vector<double> const& input, std::vector<double>& output);

struct Problem {
    using Input = std::vector<double>;
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 18'000'000;

    // variant 1: constant array (interior keeps its value, the two ends lose a third);
    // variant 2: alternating +1/-1 spikes; variant 3: small integers with duplicates
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 4, 5, 7, 17, 64, 1001},
                                        {{100, 1}, {1, 1}, {999, 2}, {1000, 2}, {1003, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        const double c = rng.uniform(1, 5);
        for (std::size_t i = 0; i < n; ++i) {
            switch (variant) {
                case 1: x[i] = c; break;
                case 2: x[i] = i % 2 ? -1.0 : 1.0; break;
                case 3: x[i] = static_cast<double>(rng.integer(-3, 3)); break;
                default: x[i] = rng.uniform(-1.0, 1.0); break;
            }
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        Output out(x.size(), 0.0);
        timer.start();
        PAREVAL_REFERENCE(jacobiStep1D)(x, out);
        timer.stop();
        return out;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        Output out(x.size(), pareval::sentinel<double>());
        timer.start();
        jacobiStep1D(x, out);
        timer.stop();
        return out;
    }

    // other groupings of the three-term sum (or multiplying by 1/3) differ only by rounding:
    // relative tolerance 1e-9, absolute 1e-12
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
