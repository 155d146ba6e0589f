#include <mpi.h>
#include <omp.h>
#include <complex>
#include <vector>

/* Sort x in place by magnitude (absolute value), smallest first. Elements of equal magnitude
   may appear in any order relative to each other.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The sorted result
   must be stored in x on rank 0.
   Example:

   input: x=[3.0-4.0i, 1.0+0.0i, 0.0-2.0i, -0.5+0.5i, 6.0+1.0i]
   output: x=[-0.5+0.5i, 1.0+0.0i, 0.0-2.0i, 3.0-4.0i, 6.0+1.0i]
*/
void sortByMagnitude(std::vector<std::complex<double>>& x) {
