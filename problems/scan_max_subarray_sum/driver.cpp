#include "pareval_harness.hpp"

#include <vector>

long long largestSubarraySum(std::vector<int> const& x);
long long PAREVAL_REFERENCE(largestSubarraySum)(std::vector<int> const& x);

struct Problem {
    using Input = std::vector<int>;
    using Output = long long;
    static constexpr std::size_t default_size = 80'000'000;

    // variant 0: values in [-100, 100]; variant 1: all negative (answer: the largest element);
    // variant 2: all positive (answer: the total); variant 3: mostly negative with one long
    // positive run in the middle (the best subarray spans ranks' blocks);
    // variant 4: large magnitudes (sums exceed the int range)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {5, 1}, {999, 2}, {1001, 3}, {4099, 3}, {513, 4}, {100'001, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (std::size_t i = 0; i < n; ++i) {
            int v;
            if (variant == 1) v = static_cast<int>(rng.integer(-1000, -1));
            else if (variant == 2) v = static_cast<int>(rng.integer(1, 1000));
            else if (variant == 3) v = (i > n / 5 && i < 4 * n / 5) ? static_cast<int>(rng.integer(-3, 10))
                                                                   : static_cast<int>(rng.integer(-50, 5));
            else if (variant == 4) v = static_cast<int>(rng.integer(-1'000'000'000, 1'050'000'000));
            else v = static_cast<int>(rng.integer(-100, 100));
            x[i] = v;
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        timer.start();
        const Output r = PAREVAL_REFERENCE(largestSubarraySum)(x);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        timer.start();
        const Output r = largestSubarraySum(x);
        timer.stop();
        return r;
    }

    // exact integer result
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
