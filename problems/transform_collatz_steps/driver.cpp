#include "pareval_harness.hpp"

#include <vector>

std::vector<int> collatzStepCounts(std::vector<int> const& x);
std::vector<int> PAREVAL_REFERENCE(collatzStepCounts)(std::vector<int> const& x);

struct Problem {
    using Input = std::vector<int>;
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 300'000;

    // variant 1: all ones; variant 2: powers of two; variant 3: small values with duplicates;
    // variant 4: values whose trajectories climb above 2^31 (e.g. 113383) or are very long
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{10, 1}, {23, 2}, {999, 3}, {9, 4}, {101, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        static const int hard[] = {113383, 837799, 3732423, 4637979, 1117065, 626331, 159487, 4255987};
        Input x(n);
        for (std::size_t i = 0; i < n; ++i) {
            switch (variant) {
                case 1: x[i] = 1; break;
                case 2: x[i] = 1 << rng.integer(0, 22); break;
                case 3: x[i] = static_cast<int>(rng.integer(1, 12)); break;
                case 4: x[i] = i % 2 ? hard[rng.integer(0, 7)] : static_cast<int>(rng.integer(1, 5'000'000)); break;
                default: x[i] = static_cast<int>(rng.integer(1, 5'000'000)); break;
            }
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        timer.start();
        Output r = PAREVAL_REFERENCE(collatzStepCounts)(x);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        timer.start();
        Output r = collatzStepCounts(x);
        timer.stop();
        return r;
    }

    // exact: integer counts
    static bool check(const Input&, const Output& expected, const Output& got) { return expected == got; }
};

PAREVAL_MAIN(Problem)
