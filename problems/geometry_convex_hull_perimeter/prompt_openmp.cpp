#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

/* Return the perimeter of the convex hull of `points`: the length of the boundary of the
   smallest convex polygon that contains all of them. Points may repeat. If all points lie on one
   line, the hull is the segment between the two extreme points and its perimeter is twice that
   segment's length; if there are no points or all are equal, return 0.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: points=[{0, 0}, {4, 0}, {1, 1}, {4, 3}, {2, 3}, {0, 3}, {3, 1}]
   output: 14
*/
double convexHullPerimeter(std::vector<Point> const& points) {
