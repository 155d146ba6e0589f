#include <mpi.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

struct Point {
    double x, y;
};

namespace {

// min(best, closest distance among p): sorts p by x and sweeps.
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

// The x range is cut into one vertical slab per rank at thresholds t_1 < ... < t_{size-1}.
// Each rank finds the closest pair inside its slab; with d the smallest of these, a closer
// pair across slabs must lie within d of the first threshold it crosses, so rank r also
// checks the strip around t_{r+1}.
double closestPairDistance(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const double inf = std::numeric_limits<double>::infinity();
    const std::size_t n = points.size();

    double range[2] = {inf, inf};  // {min x, -max x}
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        range[0] = std::min(range[0], points[i].x);
        range[1] = std::min(range[1], -points[i].x);
    }
    MPI_Allreduce(MPI_IN_PLACE, range, 2, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);
    const double xmin = range[0], width = -range[1] - range[0];
    auto threshold = [&](int k) {
        if (k <= 0) return -inf;
        if (k >= size) return inf;
        return xmin + width * k / size;
    };

    const double lo = threshold(rank), hi = threshold(rank + 1);
    std::vector<Point> slab;
    slab.reserve(n / size + 16);
    for (const Point& p : points)
        if (p.x >= lo && p.x < hi) slab.push_back(p);
    double best = sweep(slab, inf);
    MPI_Allreduce(MPI_IN_PLACE, &best, 1, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);

    if (rank + 1 < size) {
        std::vector<Point> strip;
        for (const Point& p : points)
            if (std::fabs(p.x - hi) < best) strip.push_back(p);
        best = sweep(strip, best);
    }
    double result = inf;
    MPI_Reduce(&best, &result, 1, MPI_DOUBLE, MPI_MIN, 0, MPI_COMM_WORLD);
    return result;
}
