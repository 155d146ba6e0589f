#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

// Crossing-number test, the points split evenly over the threads; the per-thread counts are
// combined by a reduction.
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    const std::size_t m = polygon.size();
    const long n = static_cast<long>(points.size());
    int count = 0;
#pragma omp parallel for reduction(+ : count) schedule(static)
    for (long k = 0; k < n; ++k) {
        const Point p = points[k];
        bool inside = false;
        for (std::size_t i = 0, j = m - 1; i < m; j = i++) {
            const Point& a = polygon[i];
            const Point& b = polygon[j];
            if ((a.y > p.y) != (b.y > p.y)) {
                const double xCross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
                if (p.x < xCross) inside = !inside;
            }
        }
        if (inside) ++count;
    }
    return count;
}
