#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

/* Compute the matrix product C = A * B, where A is an M x K matrix, B is a K x N matrix and
   C is an M x N matrix, all stored in row-major order. C already has M*N elements, all zero.
   M, K and N are at least 1.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of A and B and its own C. The
   result must be stored in C on rank 0.
   Example:

   input: A=[[1, 2], [0, -1], [3, 1]], B=[[4, 1, 0], [2, -2, 5]], M=3, K=2, N=3
   output: C=[[8, -3, 10], [-2, 2, -5], [14, 1, 5]]
*/
void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N) {
