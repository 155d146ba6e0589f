#include "pareval_harness.hpp"

#include <vector>

double populationStdDev(std::vector<double> const& x);
double PAREVAL_REFERENCE(populationStdDev)(std::vector<double> const& x);

struct Problem {
    using Input = std::vector<double>;
    using Output = double;
    static constexpr std::size_t default_size = 16'000'000;

    // variant 1: all values equal (deviation 0); variant 2: values around 100 with small spread;
    // variant 3: all negative; variant 4: two distinct values (many duplicates)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 5, 7, 17, 64, 1001},
                                        {{1, 1}, {100, 1}, {1000, 2}, {999, 2}, {1001, 3}, {9, 4}, {1003, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        const double c = rng.uniform(-3, 3);
        for (auto& v : x) {
            switch (variant) {
                case 1: v = c; break;
                case 2: v = 100.0 + rng.uniform(-0.5, 0.5); break;
                case 3: v = rng.uniform(-50.0, -1.0); break;
                case 4: v = rng.integer(0, 1) ? 2.5 : -1.0; break;
                default: v = rng.uniform(-10.0, 30.0); break;
            }
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        timer.start();
        const double r = PAREVAL_REFERENCE(populationStdDev)(x);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        timer.start();
        const double r = populationStdDev(x);
        timer.stop();
        return r;
    }

    // different summation orders (and one-pass or two-pass formulas) differ only by rounding:
    // relative tolerance 1e-7, absolute 1e-7 (the deviation of constant data is 0)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::close_enough(expected, got, 1e-7, 1e-7);
    }
};

PAREVAL_MAIN(Problem)
