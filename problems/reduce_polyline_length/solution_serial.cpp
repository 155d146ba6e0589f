#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

double polylineLength(std::vector<Point> const& points) {
    double total = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const double dx = points[i].x - points[i - 1].x;
        const double dy = points[i].y - points[i - 1].y;
        total += std::sqrt(dx * dx + dy * dy);
    }
    return total;
}
