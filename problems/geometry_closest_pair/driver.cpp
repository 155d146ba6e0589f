#include "pareval_harness.hpp"

#include <vector>

struct Point {
    double x, y;
};

double closestPairDistance(std::vector<Point> const& points);
double PAREVAL_REFERENCE(closestPairDistance)(std::vector<Point> const& points);

struct Problem {
    using Input = std::vector<Point>;
    using Output = double;
    static constexpr std::size_t default_size = 1'000'000;  // number of points

    // size = number of points (at least 2).
    // variant 0: uniform in [-1000, 1000]^2; variant 1: small integer grid (repeated points,
    //            distance 0); variant 2: all points with the same x; variant 3: two tight clusters
    //            far apart, closest pair inside the left one; variant 4: uniform, plus one pair
    //            placed very close together at a random spot.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({2, 3, 4, 7, 17, 64, 1001, 5003},
                                        {{9, 1}, {501, 1}, {2, 2}, {13, 2}, {301, 2}, {17, 3}, {2001, 3},
                                         {2, 4}, {1001, 4}, {4001, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        if (n < 2) n = 2;
        Input p(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (variant == 1) {
                p[i] = {static_cast<double>(rng.integer(0, 9)), static_cast<double>(rng.integer(0, 9))};
            } else if (variant == 2) {
                p[i] = {7.0, rng.uniform(-1000.0, 1000.0)};
            } else if (variant == 3) {
                const bool left = i % 3 != 0;
                p[i] = {(left ? -5000.0 : 5000.0) + rng.uniform(-10.0, 10.0), rng.uniform(-10.0, 10.0)};
            } else {
                p[i] = {rng.uniform(-1000.0, 1000.0), rng.uniform(-1000.0, 1000.0)};
            }
        }
        if (variant == 4) {
            const std::size_t a = static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(n) - 1));
            std::size_t b = static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(n) - 2));
            if (b >= a) ++b;
            p[b] = {p[a].x + 1e-7, p[a].y - 2e-7};
        }
        return p;
    }

    static Output reference(const Input& p, pareval::Timer& timer) {
        timer.start();
        const double r = PAREVAL_REFERENCE(closestPairDistance)(p);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& p, pareval::Timer& timer) {
        timer.start();
        const double r = closestPairDistance(p);
        timer.stop();
        return r;
    }

    // the same pair's distance may be computed with another formula (e.g. std::hypot):
    // relative tolerance 1e-9
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::close_enough(expected, got, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
