#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: a trivial value, twice the distance between the first two points.
double convexHullPerimeter(std::vector<Point> const& points) {
    if (points.size() < 2) return 0.0;
    return 2.0 * std::hypot(points[1].x - points[0].x, points[1].y - points[0].y);
}
