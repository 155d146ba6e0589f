#include <mpi.h>
#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: each rank answers only its own block of queries and keeps the result;
// rank 0 never receives the other blocks.
void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = queries.size();
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        int best = 0;
        double bestDist = 1e300;
        for (std::size_t s = 0; s < sites.size(); ++s) {
            const double dx = queries[i].x - sites[s].x, dy = queries[i].y - sites[s].y;
            if (dx * dx + dy * dy < bestDist) {
                bestDist = dx * dx + dy * dy;
                best = static_cast<int>(s);
            }
        }
        nearest[i] = best;
    }
}
