#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

/* Factor the N x N matrix A (stored in row-major order) as A = L U without pivoting, in place:
   on return, the entries of A on and above the diagonal hold U, and the entries below the
   diagonal hold the multipliers of L (L has ones on its diagonal, which are not stored).
   A is diagonally dominant, so every pivot is nonzero. N is at least 1.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of A. The result must be
   stored in A on rank 0.
   Example:

   input: A=[[4, 3, 2], [8, 7, 9], [4, 6, 21]], N=3
   output: A=[[4, 3, 2], [2, 1, 5], [1, 3, 4]]
*/
void luFactorizeInPlace(std::vector<double> &A, size_t N) {
