#include "pareval_harness.hpp"

#include <vector>

void sigmoidInPlace(std::vector<double>& x);
void PAREVAL_REFERENCE(sigmoidInPlace)(std::vector<double>& x);

struct Problem {
    using Input = std::vector<double>;
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 10'000'000;

    // variant 1: all negative; variant 2: large magnitudes (saturating, exp overflows for
    // some); variant 3: few distinct values (duplicates), including exact zeros
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {5, 2}, {1003, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (auto& v : x) {
            switch (variant) {
                case 1: v = rng.uniform(-12.0, -0.01); break;
                case 2: v = rng.uniform(-900.0, 900.0); break;
                case 3: v = static_cast<double>(rng.integer(-2, 2)); break;
                default: v = rng.uniform(-8.0, 8.0); break;
            }
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        Output y = x;
        timer.start();
        PAREVAL_REFERENCE(sigmoidInPlace)(y);
        timer.stop();
        return y;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        Output y = x;
        timer.start();
        sigmoidInPlace(y);
        timer.stop();
        return y;
    }

    // equivalent formulas (e.g. exp(x) / (1 + exp(x))) differ only by rounding:
    // relative tolerance 1e-9, absolute 1e-12
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
