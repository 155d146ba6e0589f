#include <vector>

struct Point {
    double x, y;
};

// Wrong on purpose: a trivial value, as if no point were inside.
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
    (void)polygon;
    (void)points;
    return 0;
}
