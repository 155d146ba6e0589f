#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Segment i joins points[i] and points[i + 1]. Each rank takes a contiguous block of segments
// (its last segment reaches the first point of the next block) and its threads split that block.
double polylineLength(std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long segments = points.size() < 2 ? 0 : static_cast<long>(points.size()) - 1;
    const long begin = segments * rank / size;
    const long end = segments * (rank + 1) / size;
    double local = 0.0;
#pragma omp parallel for reduction(+ : local) schedule(static)
    for (long i = begin; i < end; ++i) {
        const double dx = points[i + 1].x - points[i].x;
        const double dy = points[i + 1].y - points[i].y;
        local += std::sqrt(dx * dx + dy * dy);
    }
    double total = 0.0;
    MPI_Reduce(&local, &total, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
