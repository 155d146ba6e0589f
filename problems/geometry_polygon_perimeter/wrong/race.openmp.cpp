// Data race: every thread sums the edges of its own share correctly, then ASSIGNS its partial to
// the shared total with no synchronisation, so the last thread to write wins and the other
// threads' edges are lost. One thread gives the right perimeter; two or more give too little.
#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

double polygonPerimeter(std::vector<Point> const& vertices) {
    const long n = static_cast<long>(vertices.size());
    if (n < 2) return 0.0;
    double total = 0.0;
#pragma omp parallel
    {
        double mine = 0.0;
#pragma omp for schedule(static)
        for (long i = 0; i < n; ++i) {
            const Point& a = vertices[i];
            const Point& b = vertices[i + 1 < n ? i + 1 : 0];
            const double dx = b.x - a.x, dy = b.y - a.y;
            mine += std::sqrt(dx * dx + dy * dy);
        }
        total = mine;
    }
    return total;
}
