#include <mpi.h>
#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

/* Return the smallest Euclidean distance between two of the points, taken over all pairs of
   different elements of `points` (two elements with the same coordinates are at distance 0).
   points has at least two elements.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of points. The result must be
   returned on rank 0; other ranks may return any value.
   Example:

   input: points=[{2, 3}, {12, 30}, {40, 50}, {5, 1}, {12, 10}, {3, 4}]
   output: 1.414213562
*/
double closestPairDistance(std::vector<Point> const& points) {
