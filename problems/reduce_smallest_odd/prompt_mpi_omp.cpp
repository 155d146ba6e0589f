#include <mpi.h>
#include <omp.h>
#include <limits>
#include <vector>

/* Return the smallest odd value in x. Values may be negative.
   If x contains no odd value, return std::numeric_limits<int>::max().
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   returned on rank 0; other ranks may return any value.
   Examples:

   input: x=[8, 36, 7, 2, 11]
   output: 7

   input: x=[4, -3, 10, -8, 5]
   output: -3

   input: x=[2, 4, 6]
   output: 2147483647
*/
int smallestOddValue(std::vector<int> const& x) {
