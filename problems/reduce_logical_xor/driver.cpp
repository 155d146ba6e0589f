#include "pareval_harness.hpp"

#include <vector>

bool reduceLogicalXor(std::vector<bool> const& x);
bool PAREVAL_REFERENCE(reduceLogicalXor)(std::vector<bool> const& x);

struct Problem {
    using Input = std::vector<bool>;
    using Output = bool;
    static constexpr std::size_t default_size = 60'000'000;

    // variant 1: all false; variant 2: all true; variant 3: sparse (about 1 in 100 true);
    // variant 4: a single true element in the last position
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001, 4099},
                                        {{1000, 1}, {999, 2}, {1000, 2}, {1001, 3}, {997, 3}, {5, 4},
                                         {1003, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n, false);
        if (variant == 0) {
            // 64 random bits per draw keeps generation fast at the default size
            std::uint64_t bits = 0;
            for (std::size_t i = 0; i < n; ++i) {
                if (i % 64 == 0) bits = rng.next();
                x[i] = (bits >> (i % 64)) & 1u;
            }
        } else if (variant == 2) {
            x.assign(n, true);
        } else if (variant == 3) {
            for (std::size_t i = 0; i < n; ++i) x[i] = rng.integer(0, 99) == 0;
        } else if (variant == 4 && n > 0) {
            x[n - 1] = true;
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        timer.start();
        const bool r = PAREVAL_REFERENCE(reduceLogicalXor)(x);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        timer.start();
        const bool r = reduceLogicalXor(x);
        timer.stop();
        return r;
    }

    // exact: the result is a boolean
    static bool check(const Input&, const Output& expected, const Output& got) { return expected == got; }
};

PAREVAL_MAIN(Problem)
