#include "pareval_harness.hpp"

#include <vector>

std::size_t countRecordHighs(std::vector<double> const& x);
std::size_t PAREVAL_REFERENCE(countRecordHighs)(std::vector<double> const& x);

struct Problem {
    using Input = std::vector<double>;
    using Output = std::size_t;
    static constexpr std::size_t default_size = 30'000'000;

    // variant 0: random walk with a slight upward drift, starting at -100;
    // variant 1: every value equal (only x[0] is a record); variant 2: strictly increasing;
    // variant 3: strictly decreasing negative values; variant 4: small integers (many ties)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001, 100'003},
                                        {{1000, 1}, {999, 2}, {513, 3}, {1001, 4}, {77, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        double walk = -100.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (variant == 1) x[i] = 2.5;
            else if (variant == 2) x[i] = -50.0 + 0.5 * static_cast<double>(i) + rng.uniform(0.0, 0.25);
            else if (variant == 3) x[i] = -1.0 - 0.5 * static_cast<double>(i) - rng.uniform(0.0, 0.25);
            else if (variant == 4) x[i] = static_cast<double>(rng.integer(-3, 3) + static_cast<std::int64_t>(i / 50));
            else x[i] = (walk += rng.uniform(-1.0, 1.01));
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        timer.start();
        const Output r = PAREVAL_REFERENCE(countRecordHighs)(x);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        timer.start();
        const Output r = countRecordHighs(x);
        timer.stop();
        return r;
    }

    // exact count
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
