#include <mpi.h>
#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

// Each rank answers a contiguous block of the queries, its threads splitting the block, straight
// into its part of `nearest`; rank 0 then gathers the other blocks in place.
void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long long n = static_cast<long long>(queries.size());
    const int m = static_cast<int>(sites.size());
    auto first = [&](int r) { return static_cast<int>(n * r / size); };
    const int begin = first(rank), end = first(rank + 1);

#pragma omp parallel for schedule(static)
    for (int i = begin; i < end; ++i) {
        const Point q = queries[i];
        int best = 0;
        double bestDist = (q.x - sites[0].x) * (q.x - sites[0].x) + (q.y - sites[0].y) * (q.y - sites[0].y);
        for (int s = 1; s < m; ++s) {
            const double dx = q.x - sites[s].x, dy = q.y - sites[s].y;
            const double d = dx * dx + dy * dy;
            if (d < bestDist) {
                bestDist = d;
                best = s;
            }
        }
        nearest[i] = best;
    }

    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = first(r);
        counts[r] = first(r + 1) - first(r);
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_INT, nearest.data(), counts.data(), displs.data(), MPI_INT, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(nearest.data() + begin, end - begin, MPI_INT, nullptr, nullptr, nullptr, MPI_INT, 0,
                    MPI_COMM_WORLD);
}
