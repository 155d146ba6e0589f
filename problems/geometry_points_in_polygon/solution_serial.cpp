#include <vector>

struct Point {
    double x, y;
};

// Crossing-number test: a point is inside when a ray from it towards +x crosses the boundary an
// odd number of times.
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    const std::size_t m = polygon.size();
    int count = 0;
    for (Point const& p : points) {
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
