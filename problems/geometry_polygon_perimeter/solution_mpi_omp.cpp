#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

// Edge i joins vertex i to vertex i+1 (the last one wraps around to vertex 0). Each rank takes a
// contiguous block of edges and its threads share that block; the partial sums meet on rank 0.
double polygonPerimeter(std::vector<Point> const& vertices) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(vertices.size());
    double local = 0.0;
    if (n >= 2) {
        const Point* v = vertices.data();
        const long begin = n * rank / size, end = n * (rank + 1) / size;
#pragma omp parallel for reduction(+ : local) schedule(static)
        for (long i = begin; i < end; ++i) {
            const long j = i + 1 < n ? i + 1 : 0;
            const double dx = v[j].x - v[i].x, dy = v[j].y - v[i].y;
            local += std::sqrt(dx * dx + dy * dy);
        }
    }
    double total = 0.0;
    MPI_Reduce(&local, &total, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
