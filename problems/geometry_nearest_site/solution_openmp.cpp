#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

// Every query costs the same (one pass over the sites): the queries are split evenly over the
// threads, each writing its own block of `nearest`.
void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
    const int m = static_cast<int>(sites.size());
    const long n = static_cast<long>(queries.size());
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) {
        const Point q = queries[i];
        int best = 0;
        double bestDist = (q.x - sites[0].x) * (q.x - sites[0].x) + (q.y - sites[0].y) * (q.y - sites[0].y);
        for (int s = 1; s < m; ++s) {
            const double dx = q.x - sites[s].x, dy = q.y - sites[s].y;
            const double d = dx * dx + dy * dy;  // squared distance orders sites like distance
            if (d < bestDist) {
                bestDist = d;
                best = s;
            }
        }
        nearest[i] = best;
    }
}
