#include "pareval_harness.hpp"

#include <vector>

struct Point {
    double x, y;
};

void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries, std::vector<int> &nearest);
void PAREVAL_REFERENCE(nearestSites)(std::vector<Point> const& sites, std::vector<Point> const& queries,
                                     std::vector<int> &nearest);

struct Problem {
    struct Input {
        std::vector<Point> sites, queries;
    };
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 1'000'000;  // number of queries

    // size = number of queries.
    // variant 0: 100 sites and the queries uniform in [-100, 100]^2;
    // variant 1: a single site; variant 2: sites and queries on a small integer grid, with
    //            repeated sites (exact ties between sites); variant 3: queries far outside the
    //            sites' region, 7 sites.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 1001},
                                        {{5, 1}, {64, 1}, {17, 2}, {999, 2}, {2001, 2}, {101, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        const std::size_t m = variant == 1 ? 1 : variant == 3 ? 7 : variant == 2 ? 40 : 100;
        in.sites.resize(m);
        in.queries.resize(n);
        if (variant == 2) {
            auto gridPoint = [&]() {
                return Point{static_cast<double>(rng.integer(-4, 4)), static_cast<double>(rng.integer(-4, 4))};
            };
            for (auto& s : in.sites) s = gridPoint();
            for (auto& q : in.queries) q = gridPoint();
            return in;
        }
        for (auto& s : in.sites) s = {rng.uniform(-100.0, 100.0), rng.uniform(-100.0, 100.0)};
        for (auto& q : in.queries) {
            q = {rng.uniform(-100.0, 100.0), rng.uniform(-100.0, 100.0)};
            if (variant == 3) q = {q.x * 1000.0, q.y * 1000.0 + 5e5};
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output r(in.queries.size(), -1);
        timer.start();
        PAREVAL_REFERENCE(nearestSites)(in.sites, in.queries, r);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output r(in.queries.size(), -1);
        timer.start();
        nearestSites(in.sites, in.queries, r);
        timer.stop();
        return r;
    }

    // indices: exact comparison (equal distances are resolved by the smallest index)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
