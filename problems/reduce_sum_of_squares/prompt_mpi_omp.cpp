#include <mpi.h>
#include <omp.h>
#include <vector>

/* Return the sum of the squares of the elements of x.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   returned on rank 0; other ranks may return any value.
   Example:

   input: x=[1.0, -2.0, 3.0, 0.5]
   output: 14.25
*/
double sumOfSquares(std::vector<double> const& x) {
