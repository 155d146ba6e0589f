#include "pareval_harness.hpp"

#include <vector>

double sumOfSquares(std::vector<double> const& x);
double PAREVAL_REFERENCE(sumOfSquares)(std::vector<double> const& x);

struct Problem {
    using Input = std::vector<double>;
    using Output = double;
    static constexpr std::size_t default_size = 20'000'000;

    // variant 1: all values negative; variant 2: one huge value among small ones
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 64, 1001}, {{1000, 1}, {999, 2}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (auto& v : x) v = variant == 1 ? rng.uniform(-10.0, -0.1) : rng.uniform(-1.0, 1.0);
        if (variant == 2 && n > 0) x[n / 2] = 1e3;
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        timer.start();
        const double r = PAREVAL_REFERENCE(sumOfSquares)(x);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        timer.start();
        const double r = sumOfSquares(x);
        timer.stop();
        return r;
    }

    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::close_enough(expected, got, 1e-8, 1e-10);
    }
};

PAREVAL_MAIN(Problem)
