#include <mpi.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

double polylineLength(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // segment i joins points[i] and points[i + 1]; the segments are split into blocks
    const std::size_t segments = points.size() < 2 ? 0 : points.size() - 1;
    const std::size_t begin = segments * rank / size;
    const std::size_t end = segments * (rank + 1) / size;
    double local = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
        const double dx = points[i + 1].x - points[i].x;
        const double dy = points[i + 1].y - points[i].y;
        local += std::sqrt(dx * dx + dy * dy);
    }
    double total = 0.0;
    MPI_Reduce(&local, &total, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
