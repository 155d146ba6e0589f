#include "pareval_harness.hpp"

#include <vector>

bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles);
bool PAREVAL_REFERENCE(containsAll)(std::vector<int> const& haystack, std::vector<int> const& needles);

struct Problem {
    struct Input {
        std::vector<int> haystack, needles;
    };
    using Output = bool;
    static constexpr std::size_t default_size = 800'000;  // haystack length; needles: half that

    // size = haystack length; the haystack holds even values only, so odd values are missing.
    // variant 0: needles drawn from the haystack (true);
    // variant 1: as 0, but the last needle is missing (false);
    // variant 2: as 0, but one needle at a random place is missing (false);
    // variant 3: no needles (true);
    // variant 4: haystack values in [-6, 6] with many repeats, needles drawn from it (true);
    // variant 5: empty haystack, `size` needles (false unless there are no needles);
    // variant 6: as 0, but the first needle is missing (false).
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 1001},
                                        {{1, 1}, {2, 1}, {17, 1}, {1001, 1}, {4001, 1}, {3, 2}, {999, 2},
                                         {5000, 2}, {10, 3}, {64, 4}, {3, 5}, {7, 6}, {2003, 6}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        if (variant == 5) {
            in.needles.resize(n);
            for (auto& v : in.needles) v = static_cast<int>(rng.integer(-100, 100));
            return in;
        }
        in.haystack.resize(n);
        for (auto& v : in.haystack)
            v = variant == 4 ? 2 * static_cast<int>(rng.integer(-3, 3))
                             : 2 * static_cast<int>(rng.integer(-1'000'000'000, 1'000'000'000));
        if (variant == 3 || n == 0) return in;
        in.needles.resize(variant == 4 ? 3 * n : (n + 1) / 2);
        for (auto& v : in.needles) v = in.haystack[static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(n) - 1))];
        const std::size_t q = in.needles.size();
        const int missing = 2 * static_cast<int>(rng.integer(-1'000'000, 1'000'000)) + 1;  // odd: absent
        if (variant == 1) in.needles[q - 1] = missing;
        if (variant == 2) in.needles[static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(q) - 1))] = missing;
        if (variant == 6) in.needles[0] = missing;
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        const bool r = PAREVAL_REFERENCE(containsAll)(in.haystack, in.needles);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        const bool r = containsAll(in.haystack, in.needles);
        timer.stop();
        return r;
    }

    // a truth value: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
