#include <mpi.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: each rank sums only the edges of its own block; nothing is combined.
double polygonPerimeter(std::vector<Point> const& vertices) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = vertices.size();
    if (n < 2) return 0.0;
    double local = 0.0;
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        const Point& b = vertices[(i + 1) % n];
        local += std::hypot(b.x - vertices[i].x, b.y - vertices[i].y);
    }
    return local;
}
