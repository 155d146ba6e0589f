#include <mpi.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Edge i joins vertex i to vertex i+1 (the last one wraps around to vertex 0); each rank sums
// a contiguous block of edges.
double polygonPerimeter(std::vector<Point> const& vertices) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = vertices.size();
    double local = 0.0;
    if (n >= 2) {
        const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
        for (std::size_t i = begin; i < end; ++i) {
            const Point& a = vertices[i];
            const Point& b = vertices[i + 1 < n ? i + 1 : 0];
            const double dx = b.x - a.x, dy = b.y - a.y;
            local += std::sqrt(dx * dx + dy * dy);
        }
    }
    double total = 0.0;
    MPI_Reduce(&local, &total, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
