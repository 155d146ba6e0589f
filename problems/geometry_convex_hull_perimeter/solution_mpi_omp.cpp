#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

namespace {

double cross(const Point& o, const Point& a, const Point& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Corners of the convex hull of p[0..n) in counter-clockwise order (Andrew's monotone chain),
// the last corner not repeated. Reorders p.
std::vector<Point> hullCorners(Point* p, std::size_t n) {
    std::sort(p, p + n, [](const Point& a, const Point& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    if (n < 2) return std::vector<Point>(p, p + n);
    std::vector<Point> hull(2 * n);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) --k;
        hull[k++] = p[i];
    }
    for (std::size_t i = n - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) --k;
        hull[k++] = p[i];
    }
    hull.resize(k - 1);
    return hull;
}

}  // namespace

// The hull of all points is the hull of the union of the hulls of any split of them. Each rank
// takes a contiguous block of the points; its threads find the hulls of sub-blocks, merged into
// the rank's hull; rank 0 gathers the ranks' corners (outside any parallel region) and takes
// the hull of their union.
double convexHullPerimeter(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(points.size());
    const long begin = n * rank / size, count = n * (rank + 1) / size - begin;

    const long parts = omp_get_max_threads();
    std::vector<std::vector<Point>> hulls(parts);
#pragma omp parallel for schedule(static)
    for (long t = 0; t < parts; ++t) {
        std::vector<Point> part(points.begin() + begin + count * t / parts,
                                points.begin() + begin + count * (t + 1) / parts);
        hulls[t] = hullCorners(part.data(), part.size());
    }
    std::vector<Point> pool;
    for (const auto& h : hulls) pool.insert(pool.end(), h.begin(), h.end());
    const std::vector<Point> mine = hullCorners(pool.data(), pool.size());

    // corners travel as pairs of doubles
    const int myValues = static_cast<int>(2 * mine.size());
    std::vector<int> counts(size), displs(size);
    MPI_Gather(&myValues, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    int total = 0;
    if (rank == 0)
        for (int r = 0; r < size; ++r) {
            displs[r] = total;
            total += counts[r];
        }
    std::vector<Point> all(rank == 0 ? total / 2 : 0);
    MPI_Gatherv(mine.data(), myValues, MPI_DOUBLE, all.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                MPI_COMM_WORLD);
    if (rank != 0) return 0.0;

    const std::vector<Point> hull = hullCorners(all.data(), all.size());
    const std::size_t h = hull.size();
    if (h < 2) return 0.0;
    double perimeter = 0.0;
    for (std::size_t i = 0; i < h; ++i) {
        const Point& a = hull[i];
        const Point& b = hull[(i + 1) % h];
        perimeter += std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
    }
    return perimeter;
}
