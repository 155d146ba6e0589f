#include "pareval_harness.hpp"

#include <vector>

struct Point {
    double x, y;
};

double polylineLength(std::vector<Point> const& points);
double PAREVAL_REFERENCE(polylineLength)(std::vector<Point> const& points);

struct Problem {
    using Input = std::vector<Point>;
    using Output = double;
    static constexpr std::size_t default_size = 16'000'000;

    // variant 1: all points identical (length 0); variant 2: a random walk with a few very long
    // jumps; variant 3: points on a line with repeated (zero-length) steps
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 4, 5, 7, 17, 64, 1001},
                                        {{100, 1}, {1000, 2}, {999, 2}, {9, 3}, {1003, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input p(n);
        if (variant == 1) {
            const Point c{rng.uniform(-5, 5), rng.uniform(-5, 5)};
            for (auto& q : p) q = c;
        } else if (variant == 2) {
            double x = 0, y = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const double scale = i % 97 == 13 ? 1e4 : 1.0;
                x += scale * rng.uniform(-1, 1);
                y += scale * rng.uniform(-1, 1);
                p[i] = {x, y};
            }
        } else if (variant == 3) {
            double t = 0;
            for (auto& q : p) {
                t += static_cast<double>(rng.integer(0, 2));
                q = {2 * t - 1, -t};
            }
        } else {
            for (auto& q : p) q = {rng.uniform(-100, 100), rng.uniform(-100, 100)};
        }
        return p;
    }

    static Output reference(const Input& p, pareval::Timer& timer) {
        timer.start();
        const double r = PAREVAL_REFERENCE(polylineLength)(p);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& p, pareval::Timer& timer) {
        timer.start();
        const double r = polylineLength(p);
        timer.stop();
        return r;
    }

    // all terms are non-negative, so summation order changes the result only by rounding:
    // relative tolerance 1e-9
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::close_enough(expected, got, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
