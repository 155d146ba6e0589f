#include <omp.h>
#include <algorithm>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Each thread computes, correctly, the hull of its own block of the points and its perimeter,
// then ASSIGNS that perimeter to the shared result with no synchronisation instead of merging
// the blocks' hulls: the last writer wins. Right with one thread (its block is every point);
// with several, the result is the perimeter of one block's hull, which misses the other corners.
namespace {

double cross(const Point& o, const Point& a, const Point& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

double hullPerimeter(std::vector<Point> p) {
    std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    const std::size_t n = p.size();
    if (n < 2) return 0.0;
    std::vector<Point> hull(2 * n);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) --k;
        hull[k++] = p[i];
    }
    for (std::size_t i = n - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) --k;
        hull[k++] = p[i];
    }
    double perimeter = 0.0;
    for (std::size_t i = 0; i + 1 < k; ++i)
        perimeter += std::sqrt((hull[i + 1].x - hull[i].x) * (hull[i + 1].x - hull[i].x) +
                               (hull[i + 1].y - hull[i].y) * (hull[i + 1].y - hull[i].y));
    return perimeter;
}

}  // namespace

double convexHullPerimeter(std::vector<Point> const& points) {
    const std::size_t n = points.size();
    double perimeter = 0.0;
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        const double mine =
            hullPerimeter(std::vector<Point>(points.begin() + n * t / T, points.begin() + n * (t + 1) / T));
        perimeter = mine;
    }
    return perimeter;
}
