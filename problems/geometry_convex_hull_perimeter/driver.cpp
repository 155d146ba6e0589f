#include "pareval_harness.hpp"

#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

double convexHullPerimeter(std::vector<Point> const& points);
double PAREVAL_REFERENCE(convexHullPerimeter)(std::vector<Point> const& points);

struct Problem {
    using Input = std::vector<Point>;
    using Output = double;
    static constexpr std::size_t default_size = 1'000'000;  // number of points

    // variant 0: uniform in a disc of radius 1000 centred at (50, -20);
    // variant 1: all points on a circle (every point is a hull corner);
    // variant 2: all points on one line (hull is a segment); variant 3: small integer grid with
    //            many repeated and collinear points; variant 4: one point repeated;
    // variant 5: uniform in a thin rotated rectangle plus one far outlier.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 1001, 10007},
                                        {{5, 1}, {333, 1}, {2, 2}, {17, 2}, {1001, 2}, {9, 3}, {999, 3},
                                         {1, 4}, {50, 4}, {101, 5}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input p(n);
        const double pi = 3.14159265358979323846;
        for (auto& q : p) {
            if (variant == 1) {
                const double t = rng.uniform(0.0, 2.0 * pi);
                q = {10.0 * std::cos(t), 10.0 * std::sin(t)};
            } else if (variant == 2) {
                const double t = rng.uniform(-5.0, 5.0);
                q = {1.0 + 3.0 * t, -2.0 + 1.0 * t};
            } else if (variant == 3) {
                q = {static_cast<double>(rng.integer(0, 3)), static_cast<double>(rng.integer(-2, 2))};
            } else if (variant == 4) {
                q = {3.5, -1.25};
            } else if (variant == 5) {
                const double u = rng.uniform(-100.0, 100.0), v = rng.uniform(-0.5, 0.5);
                q = {0.6 * u - 0.8 * v, 0.8 * u + 0.6 * v};
            } else {
                double x, y;
                do {
                    x = rng.uniform(-1.0, 1.0);
                    y = rng.uniform(-1.0, 1.0);
                } while (x * x + y * y > 1.0);
                q = {50.0 + 1000.0 * x, -20.0 + 1000.0 * y};
            }
        }
        if (variant == 5 && n > 0) p[n / 3] = {400.0, -300.0};
        return p;
    }

    static Output reference(const Input& p, pareval::Timer& timer) {
        timer.start();
        const double r = PAREVAL_REFERENCE(convexHullPerimeter)(p);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& p, pareval::Timer& timer) {
        timer.start();
        const double r = convexHullPerimeter(p);
        timer.stop();
        return r;
    }

    // the hull's edges may be split at collinear points and summed in another order:
    // relative tolerance 1e-9
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::close_enough(expected, got, 1e-9, 1e-9);
    }
};

PAREVAL_MAIN(Problem)
