#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: returns the straight-line distance from the first to the last point.
double polylineLength(std::vector<Point> const& points) {
    if (points.size() < 2) return 0.0;
    const double dx = points.back().x - points.front().x;
    const double dy = points.back().y - points.front().y;
    return std::sqrt(dx * dx + dy * dy);
}
