#include "pareval_harness.hpp"

#include <vector>

std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries);
std::vector<int> PAREVAL_REFERENCE(insertionPoints)(std::vector<double> const& sorted, std::vector<double> const& queries);

struct Problem {
    struct Input {
        std::vector<double> sorted, queries;
    };
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 400'000;  // number of queries (and of sorted values)

    // size = number of queries = number of sorted values, unless said otherwise.
    // variant 0: random increasing values, 1 in 8 steps repeats the previous value; a quarter of
    //            the queries are values of the array, the rest uniform over a range a bit wider
    //            than the array's; variant 1: empty array; variant 2: array of only 3 distinct
    //            values, each repeated; variant 3: a single-element array; variant 4: no queries.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 1001, 4099},
                                        {{5, 1}, {17, 2}, {1000, 2}, {9, 3}, {100, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        const std::size_t m = variant == 1 ? 0 : variant == 3 ? 1 : n;
        in.sorted.resize(m);
        double v = rng.uniform(-50.0, 50.0);
        for (std::size_t i = 0; i < m; ++i) {
            if (variant == 2) {
                in.sorted[i] = static_cast<double>(3 * i / m) - 1.0;  // -1, 0, 1
                continue;
            }
            if (i > 0 && rng.integer(0, 7) != 0) v += rng.uniform(0.0, 1.0);
            in.sorted[i] = v;
        }
        const double lo = m > 0 ? in.sorted[0] - 10.0 : -10.0, hi = m > 0 ? in.sorted[m - 1] + 10.0 : 10.0;
        in.queries.resize(variant == 4 ? 0 : n);
        for (auto& q : in.queries) {
            if (m > 0 && rng.integer(0, 3) == 0) q = in.sorted[static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(m) - 1))];
            else q = variant == 2 ? static_cast<double>(rng.integer(-2, 2)) * 0.75 : rng.uniform(lo, hi);
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        Output r = PAREVAL_REFERENCE(insertionPoints)(in.sorted, in.queries);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        Output r = insertionPoints(in.sorted, in.queries);
        timer.stop();
        return r;
    }

    // positions: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
