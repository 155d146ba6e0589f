#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Segment i joins points[i - 1] and points[i]; the threads split the segments evenly and the
// per-thread sums are combined by the reduction.
double polylineLength(std::vector<Point> const& points) {
    const long n = static_cast<long>(points.size());
    double total = 0.0;
#pragma omp parallel for reduction(+ : total) schedule(static)
    for (long i = 1; i < n; ++i) {
        const double dx = points[i].x - points[i - 1].x;
        const double dy = points[i].y - points[i - 1].y;
        total += std::sqrt(dx * dx + dy * dy);
    }
    return total;
}
