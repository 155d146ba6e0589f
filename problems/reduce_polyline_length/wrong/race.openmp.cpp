#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Data race: each thread sums the segments of its own share correctly, then ASSIGNS that partial
// sum to the shared total with no synchronisation (it should add it). The last writer wins, so
// with several threads the total holds one thread's share only; with one thread it is right.
double polylineLength(std::vector<Point> const& points) {
    const long n = static_cast<long>(points.size());
    double total = 0.0;
#pragma omp parallel
    {
        double mine = 0.0;
#pragma omp for schedule(static)
        for (long i = 1; i < n; ++i) {
            const double dx = points[i].x - points[i - 1].x;
            const double dy = points[i].y - points[i - 1].y;
            mine += std::sqrt(dx * dx + dy * dy);
        }
        total = mine;
    }
    return total;
}
