#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

/* Return the smallest Euclidean distance between two of the points, taken over all pairs of
   different elements of `points` (two elements with the same coordinates are at distance 0).
   points has at least two elements.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: points=[{2, 3}, {12, 30}, {40, 50}, {5, 1}, {12, 10}, {3, 4}]
   output: 1.414213562
*/
double closestPairDistance(std::vector<Point> const& points) {
