#include <mpi.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: each rank sums only its own block of segments; nothing is combined.
double polylineLength(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t segments = points.size() < 2 ? 0 : points.size() - 1;
    double local = 0.0;
    for (std::size_t i = segments * rank / size; i < segments * (rank + 1) / size; ++i)
        local += std::hypot(points[i + 1].x - points[i].x, points[i + 1].y - points[i].y);
    return local;
}
