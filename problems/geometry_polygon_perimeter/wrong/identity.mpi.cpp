#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: a trivial value, the length of the first edge only.
double polygonPerimeter(std::vector<Point> const& vertices) {
    if (vertices.size() < 2) return 0.0;
    return std::hypot(vertices[1].x - vertices[0].x, vertices[1].y - vertices[0].y);
}
