#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

struct Point {
    double x, y;
};

/* Return the total length of the polyline that visits the points in the order given:
   the sum of the Euclidean distances between each pair of consecutive points.
   A polyline with fewer than two points has length 0.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of points. The result must
   be returned on rank 0; other ranks may return any value.
   Example:

   input: points=[{0, 0}, {3, 4}, {3, 0}, {-1, 3}]
   output: 14
*/
double polylineLength(std::vector<Point> const& points) {
