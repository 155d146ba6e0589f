#include "pareval_harness.hpp"

#include <limits>
#include <vector>

int smallestOddValue(std::vector<int> const& x);
int PAREVAL_REFERENCE(smallestOddValue)(std::vector<int> const& x);

struct Problem {
    using Input = std::vector<int>;
    using Output = int;
    static constexpr std::size_t default_size = 40'000'000;

    // variant 1: all values even (answer is INT_MAX); variant 2: all values negative;
    // variant 3: all even except one odd value in the last position;
    // variant 4: few distinct values (many duplicates), including negatives
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 1001},
                                        {{0, 1}, {1, 1}, {1000, 1}, {999, 2}, {1001, 3}, {7, 3},
                                         {1000, 4}, {3, 2}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (auto& v : x) {
            if (variant == 2) v = static_cast<int>(rng.integer(-1'000'000'000, -1));
            else if (variant == 4) v = static_cast<int>(rng.integer(-6, 6));
            else v = static_cast<int>(rng.integer(-1'000'000'000, 1'000'000'000));
            if (variant == 1 || variant == 3) v &= ~1;
        }
        if (variant == 3 && n > 0) x[n - 1] = 2 * static_cast<int>(rng.integer(0, 1000)) + 1;
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        timer.start();
        const int r = PAREVAL_REFERENCE(smallestOddValue)(x);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        timer.start();
        const int r = smallestOddValue(x);
        timer.stop();
        return r;
    }

    // exact: integer result
    static bool check(const Input&, const Output& expected, const Output& got) { return expected == got; }
};

PAREVAL_MAIN(Problem)
