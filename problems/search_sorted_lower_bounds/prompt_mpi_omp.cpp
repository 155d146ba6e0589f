#include <mpi.h>
#include <omp.h>
#include <vector>

/* `sorted` is in non-decreasing order. Return a vector with one element per query: element i
   is the number of elements of `sorted` that are smaller than queries[i], which is the first
   position at which queries[i] could be inserted while keeping the order.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of sorted and queries. The
   result must be returned on rank 0; other ranks may return any value.
   Example:

   input: sorted=[1.0, 2.5, 2.5, 4.0, 7.5], queries=[2.5, 0.0, 8.0, 3.0, 1.0, 7.5]
   output: [1, 0, 5, 3, 0, 4]
*/
std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
