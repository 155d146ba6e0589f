#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

/* The closed polygon `vertices` is given by its corners in order: there is an edge from each
   corner to the next one and a closing edge from the last corner back to the first.
   Return the perimeter of the polygon, the sum of the Euclidean lengths of all its edges.
   A polygon with fewer than two corners has perimeter 0 (with two corners, the edge is walked
   there and back).
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: vertices=[{0, 0}, {3, 0}, {3, 4}, {1, 4}]
   output: 13.123105626
*/
double polygonPerimeter(std::vector<Point> const& vertices) {
