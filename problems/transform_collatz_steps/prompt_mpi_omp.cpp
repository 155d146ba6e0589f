#include <mpi.h>
#include <omp.h>
#include <vector>

/* For every element x[i] (1 <= x[i] <= 5,000,000) count the steps of the Collatz process that
   take it to 1, and return the counts in a vector of the same size as x. One step replaces a
   value v by v/2 if v is even and by 3*v + 1 if v is odd; the count for 1 is 0.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The complete result
   must be returned on rank 0; other ranks may return any value.
   Example:

   input: x=[1, 6, 7, 16, 27]
   output: [0, 8, 16, 4, 111]
*/
std::vector<int> collatzStepCounts(std::vector<int> const& x) {
