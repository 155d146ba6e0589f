#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: a trivial value, the distance between the first two points.
double closestPairDistance(std::vector<Point> const& points) {
    return std::hypot(points[1].x - points[0].x, points[1].y - points[0].y);
}
