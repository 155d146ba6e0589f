#include <mpi.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: each rank returns the closest pair distance within its own block of the
// points; pairs across blocks and the other ranks' results are ignored.
double closestPairDistance(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = points.size();
    std::vector<Point> p(points.begin() + n * rank / size, points.begin() + n * (rank + 1) / size);
    std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < p.size(); ++i)
        for (std::size_t j = i + 1; j < p.size() && p[j].x - p[i].x < best; ++j)
            best = std::min(best, std::hypot(p[j].x - p[i].x, p[j].y - p[i].y));
    return best;
}
