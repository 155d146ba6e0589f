#include <mpi.h>
#include <omp.h>
#include <vector>

/* Return the largest sum of any contiguous, non-empty subarray x[i], x[i+1], ..., x[j] of x.
   x has at least one element. When every element is negative the answer is the largest element.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   returned on rank 0; other ranks may return any value.
   Example:

   input: x=[3, -4, 5, -1, 2, -6, 4, 1]
   output: 6
*/
long long largestSubarraySum(std::vector<int> const& x) {
