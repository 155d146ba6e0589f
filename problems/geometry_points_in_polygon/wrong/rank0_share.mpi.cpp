#include <mpi.h>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: each rank counts only the points of its own block; counts are not combined.
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t m = polygon.size(), n = points.size();
    int local = 0;
    for (std::size_t k = n * rank / size; k < n * (rank + 1) / size; ++k) {
        bool inside = false;
        for (std::size_t i = 0, j = m - 1; i < m; j = i++) {
            const Point &a = polygon[i], &b = polygon[j], &p = points[k];
            if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y))
                inside = !inside;
        }
        local += inside;
    }
    return local;
}
