#include <mpi.h>
#include <algorithm>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: each rank returns the hull perimeter of its own block of points only.
double convexHullPerimeter(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = points.size();
    std::vector<Point> p(points.begin() + n * rank / size, points.begin() + n * (rank + 1) / size);
    std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    const std::size_t m = p.size();
    if (m < 2) return 0.0;
    auto cross = [](const Point& o, const Point& a, const Point& b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<Point> h(2 * m);
    std::size_t k = 0;
    for (std::size_t i = 0; i < m; ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    for (std::size_t i = m - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    double per = 0.0;
    for (std::size_t i = 0; i + 1 < k; ++i) per += std::hypot(h[i + 1].x - h[i].x, h[i + 1].y - h[i].y);
    return per;
}
