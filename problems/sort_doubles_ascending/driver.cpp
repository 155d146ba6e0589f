#include "pareval_harness.hpp"

#include <vector>

void sortAscending(std::vector<double>& x);
void PAREVAL_REFERENCE(sortAscending)(std::vector<double>& x);

struct Problem {
    using Input = std::vector<double>;
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 1'500'000;

    // variant 0: uniform in [-1e6, 1e6); variant 1: already sorted; variant 2: sorted in reverse;
    // variant 3: few distinct values (many duplicates), including -0.0 and 0.0 mixed in
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {1001, 3}, {4099, 3}, {100'003, 0}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (variant == 1) x[i] = -500.0 + 0.25 * static_cast<double>(i);
            else if (variant == 2) x[i] = 1e3 - 1.5 * static_cast<double>(i);
            else if (variant == 3) x[i] = static_cast<double>(rng.integer(-4, 4)) * (rng.integer(0, 1) ? 0.5 : -0.5);
            else x[i] = rng.uniform(-1e6, 1e6);
        }
        return x;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        PAREVAL_REFERENCE(sortAscending)(x);
        timer.stop();
        return x;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        sortAscending(x);
        timer.stop();
        return x;
    }

    // exact: a sorted permutation of the input is unique (up to -0.0 == 0.0, compared as equal)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
