#include <mpi.h>
#include <omp.h>
#include <vector>

/* Return the logical XOR of all elements of x: true if an odd number of elements are true,
   false otherwise (false for an empty vector).
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   returned on rank 0; other ranks may return any value.
   Examples:

   input: x=[false, false, false, true]
   output: true

   input: x=[false, true, true, false, true, true]
   output: false
*/
bool reduceLogicalXor(std::vector<bool> const& x) {
