#include <omp.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

struct Point {
    double x, y;
};

// Each thread finds, correctly, the closest pair within its own contiguous block of the points,
// then ASSIGNS that distance to the shared result with no synchronisation instead of taking the
// minimum (and without checking the pairs across blocks): the last writer wins. Right with one
// thread (its block is every point); with several, the result is one block's closest distance.
double closestPairDistance(std::vector<Point> const& points) {
    const std::size_t n = points.size();
    double result = std::numeric_limits<double>::infinity();
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        std::vector<Point> p(points.begin() + n * t / T, points.begin() + n * (t + 1) / T);
        std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
        double best = std::numeric_limits<double>::infinity(), best2 = best;
        for (std::size_t i = 0; i < p.size(); ++i)
            for (std::size_t j = i + 1; j < p.size() && p[j].x - p[i].x < best; ++j) {
                const double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
                const double d2 = dx * dx + dy * dy;
                if (d2 < best2) {
                    best2 = d2;
                    best = std::sqrt(d2);
                }
            }
        result = best;
    }
    return result;
}
