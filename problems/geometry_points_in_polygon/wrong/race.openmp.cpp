#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

// Each thread counts the points of its own share correctly, then ASSIGNS its count to the shared
// result with no synchronisation instead of adding it: the last writer wins. Right with one
// thread (its share is every point); with several, the result is one thread's count only.
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    const std::size_t m = polygon.size(), n = points.size();
    int count = 0;
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        int mine = 0;
        for (std::size_t k = n * t / T; k < n * (t + 1) / T; ++k) {
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
            if (inside) ++mine;
        }
        count = mine;
    }
    return count;
}
