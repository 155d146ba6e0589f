#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

/* Estimate the dominant eigenvalue of the N x N matrix A (stored in row-major order) with the
   power method. Start from the vector x = (1, 1, ..., 1). Repeat `iterations` times:
   y = A x, then x = y / ||y|| (Euclidean norm). Return the Rayleigh quotient (x^T A x) / (x^T x)
   of the final x. N is at least 1 and iterations is at least 0.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of A. The result must be
   returned on rank 0; other ranks may return any value.
   Example:

   input: A=[[2, 0], [0, 1]], N=2, iterations=1
   output: 1.8
*/
double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
