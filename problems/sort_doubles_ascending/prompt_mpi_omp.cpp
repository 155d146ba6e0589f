#include <mpi.h>
#include <omp.h>
#include <vector>

/* Sort x in ascending order, in place.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The sorted result
   must be stored in x on rank 0.
   Example:

   input: x=[4.5, -1.0, 3.25, 0.0, 3.25, -7.5]
   output: x=[-7.5, -1.0, 0.0, 3.25, 3.25, 4.5]
*/
void sortAscending(std::vector<double>& x) {
