#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

struct Point {
    double x, y;
};

// Sort by x and sweep: a point only needs comparing with the following points whose x is
// closer than the best distance found so far.
double closestPairDistance(std::vector<Point> const& points) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
    const std::size_t n = p.size();
    double best = std::numeric_limits<double>::infinity(), best2 = best;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n && p[j].x - p[i].x < best; ++j) {
            const double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
            const double d2 = dx * dx + dy * dy;
            if (d2 < best2) {
                best2 = d2;
                best = std::sqrt(d2);
            }
        }
    return best;
}
