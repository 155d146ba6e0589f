#include "pareval_harness.hpp"

#include <vector>

int kthSmallest(std::vector<int> const& x, std::size_t k);
int PAREVAL_REFERENCE(kthSmallest)(std::vector<int> const& x, std::size_t k);

struct Problem {
    struct Input {
        std::vector<int> x;
        std::size_t k = 1;
    };
    using Output = int;
    static constexpr std::size_t default_size = 16'000'000;

    // size = length of x (at least 1).
    // variant 0: uniform over all ints, k random; variant 1: values in [0, 3] (many repeats);
    // variant 2: k = 1 (minimum); variant 3: k = size (maximum); variant 4: all values equal;
    // variant 5: descending sequence with negative values, k in the middle.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 1001, 100003},
                                        {{9, 1}, {1001, 1}, {5, 2}, {999, 2}, {7, 3}, {1000, 3},
                                         {33, 4}, {17, 5}, {4001, 5}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        if (n == 0) n = 1;
        Input in;
        in.x.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (variant == 1) in.x[i] = static_cast<int>(rng.integer(0, 3));
            else if (variant == 4) in.x[i] = -17;
            else if (variant == 5) in.x[i] = static_cast<int>(n / 2) - static_cast<int>(i);
            else in.x[i] = static_cast<int>(rng.integer(-2147483647 - 1, 2147483647));
        }
        if (variant == 2) in.k = 1;
        else if (variant == 3) in.k = n;
        else if (variant == 5) in.k = (n + 1) / 2;
        else in.k = static_cast<std::size_t>(rng.integer(1, static_cast<std::int64_t>(n)));
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        const int r = PAREVAL_REFERENCE(kthSmallest)(in.x, in.k);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        const int r = kthSmallest(in.x, in.k);
        timer.stop();
        return r;
    }

    // an element of x: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
