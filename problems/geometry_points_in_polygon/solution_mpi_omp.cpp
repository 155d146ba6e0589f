#include <mpi.h>
#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

// Crossing-number test on a contiguous block of the points per rank, the block split over the
// rank's threads (a reduction); the ranks' counts are summed on rank 0.
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t m = polygon.size();
    const long n = static_cast<long>(points.size());
    const long begin = n * rank / size, end = n * (rank + 1) / size;
    int local = 0;
#pragma omp parallel for reduction(+ : local) schedule(static)
    for (long k = begin; k < end; ++k) {
        const Point p = points[k];
        bool inside = false;
        for (std::size_t i = 0, j = m - 1; i < m; j = i++) {
            const Point& a = polygon[i];
            const Point& b = polygon[j];
            if ((a.y > p.y) != (b.y > p.y)) {
                const double xCross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
                if (p.x < xCross) inside = !inside;
            }
        }
        if (inside) ++local;
    }
    int total = 0;
    MPI_Reduce(&local, &total, 1, MPI_INT, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
