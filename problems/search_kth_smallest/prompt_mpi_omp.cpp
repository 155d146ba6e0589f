#include <mpi.h>
#include <omp.h>
#include <vector>

/* Return the k-th smallest element of x, counting from 1: k=1 asks for the minimum and
   k=x.size() for the maximum. Repeated values count separately, so the answer is the element
   that would be at index k-1 if x were sorted in ascending order. x is not sorted, and
   1 <= k <= x.size().
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x and k. The result
   must be returned on rank 0; other ranks may return any value.
   Example:

   input: x=[7, -2, 9, 7, 0, 3], k=4
   output: 7
*/
int kthSmallest(std::vector<int> const& x, std::size_t k) {
