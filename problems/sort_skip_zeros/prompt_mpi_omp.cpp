#include <mpi.h>
#include <omp.h>
#include <vector>

/* Sort the non-zero elements of x in ascending order, in place, while every element equal to zero
   stays at its index.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   stored in x on rank 0.
   Example:

   input: x=[5, 0, -2, 7, 0, 0, 3, 1]
   output: x=[-2, 0, 1, 3, 0, 0, 5, 7]
*/
void sortSkippingZeros(std::vector<int>& x) {
