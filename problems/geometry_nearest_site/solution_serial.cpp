#include <vector>

struct Point {
    double x, y;
};

void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
    const int m = static_cast<int>(sites.size());
    for (std::size_t i = 0; i < queries.size(); ++i) {
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
