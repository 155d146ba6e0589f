#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

/* Return the total length of the polyline that visits the points in the order given:
   the sum of the Euclidean distances between each pair of consecutive points.
   A polyline with fewer than two points has length 0.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: points=[{0, 0}, {3, 4}, {3, 0}, {-1, 3}]
   output: 14
*/
double polylineLength(std::vector<Point> const& points) {
