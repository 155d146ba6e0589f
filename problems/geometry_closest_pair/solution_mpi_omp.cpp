#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

struct Point {
    double x, y;
};

namespace {

const double inf = std::numeric_limits<double>::infinity();

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

// min(best, closest distance among p) with the threads: one vertical slab of p's x range per
// thread, then the strips around the slab boundaries (a closer pair across slabs lies within
// the slabs' best distance of the first boundary it crosses). No MPI calls.
double closestThreaded(const std::vector<Point>& p, double best) {
    const long n = static_cast<long>(p.size());
    if (n < 2) return best;
    double lo = inf, hi = -inf;
#pragma omp parallel for reduction(min : lo) reduction(max : hi) schedule(static)
    for (long i = 0; i < n; ++i) {
        lo = std::min(lo, p[i].x);
        hi = std::max(hi, p[i].x);
    }
    const int S = omp_get_max_threads();
    std::vector<double> cut(S + 1);  // slab s holds the points with cut[s] <= x < cut[s + 1]
    cut[0] = -inf;
    cut[S] = inf;
    for (int s = 1; s < S; ++s) cut[s] = lo + (hi - lo) * s / S;
    const double start = best;
#pragma omp parallel for reduction(min : best) schedule(dynamic, 1)
    for (int s = 0; s < S; ++s) {
        std::vector<Point> slab;
        slab.reserve(n / S + 16);
        for (long i = 0; i < n; ++i)
            if (p[i].x >= cut[s] && p[i].x < cut[s + 1]) slab.push_back(p[i]);
        best = std::min(best, sweep(slab, start));
    }
    const double d = best;
#pragma omp parallel for reduction(min : best) schedule(dynamic, 1)
    for (int s = 1; s < S; ++s) {
        std::vector<Point> strip;
        for (long i = 0; i < n; ++i)
            if (std::fabs(p[i].x - cut[s]) < d) strip.push_back(p[i]);
        best = std::min(best, sweep(strip, d));
    }
    return best;
}

}  // namespace

// The x range is cut into one vertical slab per rank at thresholds t_1 < ... < t_{size-1}.
// Each rank finds the closest pair inside its slab (with its threads); with d the smallest of
// these, a closer pair across slabs must lie within d of the first threshold it crosses, so rank
// r also checks the strip around t_{r+1}. MPI calls are made outside the parallel regions.
double closestPairDistance(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(points.size());

    double range[2] = {inf, inf};  // {min x, -max x}
    const long begin = n * rank / size, end = n * (rank + 1) / size;
    double lo = inf, hi = -inf;
#pragma omp parallel for reduction(min : lo) reduction(max : hi) schedule(static)
    for (long i = begin; i < end; ++i) {
        lo = std::min(lo, points[i].x);
        hi = std::max(hi, points[i].x);
    }
    range[0] = lo;
    range[1] = -hi;
    MPI_Allreduce(MPI_IN_PLACE, range, 2, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);
    const double xmin = range[0], width = -range[1] - range[0];
    auto threshold = [&](int k) {
        if (k <= 0) return -inf;
        if (k >= size) return inf;
        return xmin + width * k / size;
    };

    const double slabLo = threshold(rank), slabHi = threshold(rank + 1);
    std::vector<Point> slab;
    slab.reserve(n / size + 16);
    for (const Point& p : points)
        if (p.x >= slabLo && p.x < slabHi) slab.push_back(p);
    double best = closestThreaded(slab, inf);
    MPI_Allreduce(MPI_IN_PLACE, &best, 1, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);

    if (rank + 1 < size) {
        std::vector<Point> strip;
        for (const Point& p : points)
            if (std::fabs(p.x - slabHi) < best) strip.push_back(p);
        best = closestThreaded(strip, best);
    }
    double result = inf;
    MPI_Reduce(&best, &result, 1, MPI_DOUBLE, MPI_MIN, 0, MPI_COMM_WORLD);
    return result;
}
