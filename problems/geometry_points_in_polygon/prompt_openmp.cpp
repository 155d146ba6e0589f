#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

/* `polygon` lists the corners of a simple polygon (no two of its edges cross) in order; the
   last corner is joined back to the first. Return the number of elements of `points` that lie
   inside the polygon. No point lies exactly on the boundary of the polygon.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: polygon=[{0, 0}, {4, 0}, {4, 4}, {2, 1}, {0, 4}],
          points=[{1, 1}, {2, 3}, {3, 0.5}, {5, 1}, {2, 0.5}]
   output: 3
*/
int countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
