#include <omp.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

struct Point {
    double x, y;
};

namespace {

// min(best, closest distance among p): sorts p by x and sweeps; a point only needs comparing
// with the following points whose x is closer than the best distance found so far.
double sweep(std::vector<Point>& p, double best) {
    std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
    double best2 = best * best;
    for (std::size_t i = 0; i < p.size(); ++i)
        for (std::size_t j = i + 1; j < p.size() && p[j].x - p[i].x < best; ++j) {
            const double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
            const double d2 = dx * dx + dy * dy;
            if (d2 < best2) {
                best2 = d2;
                best = std::sqrt(d2);
            }
        }
    return best;
}

}  // namespace

// The x range is cut into one vertical slab per thread at thresholds t_1 < ... < t_{S-1}; each
// thread sorts and sweeps the points of its slab. With d the smallest slab result, a closer pair
// across slabs lies within d of the first threshold it crosses, so the strips around the
// thresholds are swept too (again split over the threads).
double closestPairDistance(std::vector<Point> const& points) {
    const double inf = std::numeric_limits<double>::infinity();
    const long n = static_cast<long>(points.size());
    double lo = inf, hi = -inf;
#pragma omp parallel for reduction(min : lo) reduction(max : hi) schedule(static)
    for (long i = 0; i < n; ++i) {
        lo = std::min(lo, points[i].x);
        hi = std::max(hi, points[i].x);
    }
    const int S = omp_get_max_threads();
    std::vector<double> cut(S + 1);  // slab s holds the points with cut[s] <= x < cut[s + 1]
    cut[0] = -inf;
    cut[S] = inf;
    for (int s = 1; s < S; ++s) cut[s] = lo + (hi - lo) * s / S;

    double best = inf;
#pragma omp parallel for reduction(min : best) schedule(dynamic, 1)
    for (int s = 0; s < S; ++s) {
        std::vector<Point> slab;
        slab.reserve(n / S + 16);
        for (long i = 0; i < n; ++i)
            if (points[i].x >= cut[s] && points[i].x < cut[s + 1]) slab.push_back(points[i]);
        best = std::min(best, sweep(slab, inf));
    }

    const double d = best;
#pragma omp parallel for reduction(min : best) schedule(dynamic, 1)
    for (int s = 1; s < S; ++s) {
        std::vector<Point> strip;
        for (long i = 0; i < n; ++i)
            if (std::fabs(points[i].x - cut[s]) < d) strip.push_back(points[i]);
        best = std::min(best, sweep(strip, d));
    }
    return best;
}
