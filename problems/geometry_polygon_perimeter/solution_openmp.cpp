#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Edge i joins vertex i to vertex i+1; the closing edge (last vertex back to vertex 0) is added
// outside the loop so that the parallel loop has no wrap-around test.
double polygonPerimeter(std::vector<Point> const& vertices) {
    const long n = static_cast<long>(vertices.size());
    if (n < 2) return 0.0;
    const Point* v = vertices.data();
    double total = 0.0;
#pragma omp parallel for reduction(+ : total) schedule(static)
    for (long i = 0; i < n - 1; ++i) {
        const double dx = v[i + 1].x - v[i].x, dy = v[i + 1].y - v[i].y;
        total += std::sqrt(dx * dx + dy * dy);
    }
    const double dx = v[0].x - v[n - 1].x, dy = v[0].y - v[n - 1].y;
    return total + std::sqrt(dx * dx + dy * dy);
}
