#include <mpi.h>
#include <vector>

struct Point {
    double x, y;
};

// Crossing-number test on a contiguous block of the points per rank; the counts are summed.
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t m = polygon.size(), n = points.size();
    int local = 0;
    for (std::size_t k = n * rank / size; k < n * (rank + 1) / size; ++k) {
        const Point& p = points[k];
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
