#include "pareval_harness.hpp"

#include <vector>

std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern);
std::size_t PAREVAL_REFERENCE(bestMatchOffset)(std::vector<double> const& signal, std::vector<double> const& pattern);

struct Problem {
    struct Input {
        std::vector<double> signal, pattern;
    };
    using Output = std::size_t;
    static constexpr std::size_t default_size = 1'500'000;  // signal length

    // size = signal length (at least 1).
    // variant 0: uniform noise in [-1, 1], 128-sample pattern (shorter for short signals) planted
    //            once with a little noise; variant 1: small integers, the pattern copied exactly at
    //            several places (exact ties: the first copy must win); variant 2: pattern as long as
    //            the signal; variant 3: one-sample pattern; variant 4: noise only, nothing planted;
    //            variant 5: constant signal and pattern (every offset ties); variant 6: as 0, with
    //            the copy at the very end.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 1001, 30011},
                                        {{9, 1}, {100, 1}, {3001, 1}, {5, 2}, {1001, 2}, {17, 3}, {999, 3},
                                         {2001, 4}, {33, 5}, {101, 6}, {4099, 6}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        if (n == 0) n = 1;
        Input in;
        in.signal.resize(n);
        std::size_t m = std::min<std::size_t>(128, (n + 1) / 2);
        if (variant == 2) m = n;
        if (variant == 3) m = 1;
        if (variant == 1) m = std::min<std::size_t>(8, n);
        in.pattern.resize(m);
        if (variant == 1) {
            for (auto& v : in.signal) v = static_cast<double>(rng.integer(0, 3));
            for (auto& v : in.pattern) v = static_cast<double>(rng.integer(0, 3));
            for (int c = 0; c < 4; ++c) {
                const std::size_t p = static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(n - m)));
                for (std::size_t k = 0; k < m; ++k) in.signal[p + k] = in.pattern[k];
            }
            return in;
        }
        if (variant == 5) {
            for (auto& v : in.signal) v = 0.5;
            for (auto& v : in.pattern) v = 0.25;
            return in;
        }
        for (auto& v : in.signal) v = rng.uniform(-1.0, 1.0);
        for (auto& v : in.pattern) v = rng.uniform(-1.0, 1.0);
        if (variant == 0 || variant == 6) {
            const std::size_t p = variant == 6 ? n - m : static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(n - m)));
            for (std::size_t k = 0; k < m; ++k) in.signal[p + k] = in.pattern[k] + rng.uniform(-0.01, 0.01);
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        const std::size_t r = PAREVAL_REFERENCE(bestMatchOffset)(in.signal, in.pattern);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        const std::size_t r = bestMatchOffset(in.signal, in.pattern);
        timer.stop();
        return r;
    }

    // an offset: exact comparison. The inputs keep the best offset clear of rounding: either it
    // wins by a wide margin, or the values are small integers, whose sums are exact in any order.
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
