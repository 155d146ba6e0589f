#include "pareval_harness.hpp"

#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points);
int PAREVAL_REFERENCE(countPointsInPolygon)(std::vector<Point> const& polygon, std::vector<Point> const& points);

struct Problem {
    struct Input {
        std::vector<Point> polygon, points;
    };
    using Output = int;
    static constexpr std::size_t default_size = 1'000'000;  // number of points

    // size = number of points, uniform in [-1, 1]^2 unless said otherwise.
    // variant 0: star-shaped polygon with 64 corners at radii 0.3..1 (many notches);
    // variant 1: a triangle, listed clockwise; variant 2: a comb, a non-convex polygon with 40
    //            teeth; variant 3: a small square far from all points (count 0);
    // variant 4: star-shaped polygon, every point inside its bounding box.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 1001, 4096},
                                        {{7, 1}, {999, 1}, {17, 2}, {2001, 2}, {33, 3}, {1001, 4}});
    }

    static std::vector<Point> star(pareval::Rng& rng, int corners) {
        const double pi = 3.14159265358979323846;
        std::vector<Point> poly(corners);
        for (int i = 0; i < corners; ++i) {
            const double t = 2.0 * pi * (i + rng.uniform(0.0, 0.8)) / corners;
            const double r = rng.uniform(0.3, 1.0);
            poly[i] = {r * std::cos(t), r * std::sin(t)};
        }
        return poly;
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        if (variant == 1) {
            in.polygon = {{-0.8, -0.5}, {0.1, 0.9}, {0.7, -0.6}};
        } else if (variant == 2) {
            const int teeth = 40;
            in.polygon.push_back({-0.9, -0.9});
            in.polygon.push_back({0.9, -0.9});
            for (int t = teeth - 1; t >= 0; --t) {  // teeth along the top, from right to left
                const double x0 = -0.9 + 1.8 * t / teeth, x1 = -0.9 + 1.8 * (t + 1) / teeth;
                in.polygon.push_back({x1, rng.uniform(0.2, 0.9)});
                in.polygon.push_back({0.5 * (x0 + x1), rng.uniform(-0.8, 0.1)});
            }
        } else if (variant == 3) {
            in.polygon = {{5.0, 5.0}, {6.0, 5.0}, {6.0, 6.0}, {5.0, 6.0}};
        } else {
            in.polygon = star(rng, 64);
        }
        in.points.resize(n);
        const double lo = variant == 4 ? -0.7 : -1.0, hi = variant == 4 ? 0.7 : 1.0;
        for (auto& p : in.points) p = {rng.uniform(lo, hi), rng.uniform(lo, hi)};
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        const int r = PAREVAL_REFERENCE(countPointsInPolygon)(in.polygon, in.points);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        const int r = countPointsInPolygon(in.polygon, in.points);
        timer.stop();
        return r;
    }

    // an integer count: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
