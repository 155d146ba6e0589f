#include <omp.h>
#include <algorithm>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

namespace {

// > 0 when o -> a -> b turns counter-clockwise
double cross(const Point& o, const Point& a, const Point& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Corners of the convex hull of p[0..n) in counter-clockwise order (Andrew's monotone chain),
// the last corner not repeated. Reorders p.
std::vector<Point> hullCorners(Point* p, std::size_t n) {
    std::sort(p, p + n, [](const Point& a, const Point& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    if (n < 2) return std::vector<Point>(p, p + n);
    std::vector<Point> hull(2 * n);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {  // lower hull
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) --k;
        hull[k++] = p[i];
    }
    for (std::size_t i = n - 1, lower = k + 1; i-- > 0;) {  // upper hull
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) --k;
        hull[k++] = p[i];
    }
    hull.resize(k - 1);
    return hull;
}

}  // namespace

// The hull of all points is the hull of the union of the hulls of any split of them: each
// thread sorts a contiguous block of the points and finds its hull (the costly part), then the
// few corners of all blocks are merged by one more, small, hull.
double convexHullPerimeter(std::vector<Point> const& points) {
    const long n = static_cast<long>(points.size());
    const long blocks = omp_get_max_threads();
    std::vector<std::vector<Point>> hulls(blocks);
#pragma omp parallel for schedule(static)
    for (long b = 0; b < blocks; ++b) {
        std::vector<Point> block(points.begin() + n * b / blocks, points.begin() + n * (b + 1) / blocks);
        hulls[b] = hullCorners(block.data(), block.size());
    }
    std::vector<Point> corners;
    for (const auto& h : hulls) corners.insert(corners.end(), h.begin(), h.end());
    const std::vector<Point> hull = hullCorners(corners.data(), corners.size());
    const std::size_t h = hull.size();
    if (h < 2) return 0.0;
    double perimeter = 0.0;
    for (std::size_t i = 0; i < h; ++i) {
        const Point& a = hull[i];
        const Point& b = hull[(i + 1) % h];
        perimeter += std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
    }
    return perimeter;
}
