#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

double polygonPerimeter(std::vector<Point> const& vertices) {
    const std::size_t n = vertices.size();
    if (n < 2) return 0.0;
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const Point& a = vertices[i];
        const Point& b = vertices[i + 1 < n ? i + 1 : 0];
        const double dx = b.x - a.x, dy = b.y - a.y;
        total += std::sqrt(dx * dx + dy * dy);
    }
    return total;
}
