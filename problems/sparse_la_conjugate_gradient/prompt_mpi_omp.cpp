#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

/* Solve A x = b with the conjugate gradient method. A is an N x N symmetric positive definite
   sparse matrix stored in compressed sparse row (CSR) format: the nonzeros of row i are
   values[rowPtr[i]] ... values[rowPtr[i+1]-1], in columns colIdx[rowPtr[i]] ... colIdx[rowPtr[i+1]-1].
   b has N elements and x already has N elements. Start from x = 0, so the residual r = b - A x
   starts as b, and the first search direction is r. In each iteration, update x along the search
   direction with the optimal step, update r, and then form the next search direction from r.
   Stop as soon as the Euclidean norm of r is at most tol * ||b|| (checked before the first
   iteration and after every iteration), or after maxIter iterations. Store the final x in x
   and return the number of iterations performed. N is at least 1.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of the matrix and b, and its
   own x. The final x and the returned iteration count must be correct on rank 0.
   Example:

   input: rowPtr=[0, 2, 5, 7], colIdx=[0, 1, 0, 1, 2, 1, 2], values=[4, 1, 1, 3, -1, -1, 2],
          b=[1, 2, 3], N=3, tol=1e-10, maxIter=100
   output: returns 3, x=[-0.111111, 1.444444, 2.222222]
*/
int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
