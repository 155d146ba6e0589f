#include "pareval_harness.hpp"

#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

double polygonPerimeter(std::vector<Point> const& vertices);
double PAREVAL_REFERENCE(polygonPerimeter)(std::vector<Point> const& vertices);

struct Problem {
    using Input = std::vector<Point>;
    using Output = double;
    static constexpr std::size_t default_size = 16'000'000;  // number of corners

    // variant 0: a random walk, each step uniform in [-1, 1]^2 (self-intersecting in general; its
    //            perimeter is still well defined);
    // variant 1: random corners in [-1000, 1000]^2; variant 2: repeated corners (zero-length edges);
    // variant 3: a single huge edge among tiny ones.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 1001},
                                        {{2, 1}, {5, 1}, {999, 1}, {3, 2}, {64, 2}, {1001, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input v(n);
        double x = 0.0, y = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (variant == 1) {
                v[i] = {rng.uniform(-1000.0, 1000.0), rng.uniform(-1000.0, 1000.0)};
            } else if (variant == 2) {
                v[i] = {static_cast<double>(rng.integer(-3, 3)), static_cast<double>(rng.integer(-3, 3))};
            } else {
                x += rng.uniform(-1.0, 1.0);
                y += rng.uniform(-1.0, 1.0);
                v[i] = {x, y};
            }
        }
        if (variant == 3 && n > 0) {
            for (auto& p : v) p = {rng.uniform(0.0, 1e-3), rng.uniform(0.0, 1e-3)};
            v[n / 2] = {1e6, -1e6};
        }
        return v;
    }

    static Output reference(const Input& v, pareval::Timer& timer) {
        timer.start();
        const double r = PAREVAL_REFERENCE(polygonPerimeter)(v);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& v, pareval::Timer& timer) {
        timer.start();
        const double r = polygonPerimeter(v);
        timer.stop();
        return r;
    }

    // summation order differs between implementations: relative tolerance 1e-9
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::close_enough(expected, got, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
