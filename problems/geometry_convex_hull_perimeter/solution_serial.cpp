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

}  // namespace

// Andrew's monotone chain: sort the points by (x, y), build the lower and the upper hull
// (dropping collinear points), then add up the lengths of the hull's edges.
double convexHullPerimeter(std::vector<Point> const& points) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    const std::size_t n = p.size();
    if (n < 2) return 0.0;
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
    // hull[0..k-1] is closed: hull[k-1] == hull[0]
    double perimeter = 0.0;
    for (std::size_t i = 0; i + 1 < k; ++i)
        perimeter += std::sqrt((hull[i + 1].x - hull[i].x) * (hull[i + 1].x - hull[i].x) +
                               (hull[i + 1].y - hull[i].y) * (hull[i + 1].y - hull[i].y));
    return perimeter;
}
