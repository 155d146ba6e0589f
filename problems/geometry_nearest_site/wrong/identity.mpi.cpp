#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: a trivial answer, site 0 for every query.
void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
    (void)sites;
    nearest.assign(queries.size(), 0);
}
