#include <omp.h>
#include <cstddef>
#include <vector>

/* Estimate the dominant eigenvalue of the N x N matrix A (stored in row-major order) with the
   power method. Start from the vector x = (1, 1, ..., 1). Repeat `iterations` times:
   y = A x, then x = y / ||y|| (Euclidean norm). Return the Rayleigh quotient (x^T A x) / (x^T x)
   of the final x. N is at least 1 and iterations is at least 0.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: A=[[2, 0], [0, 1]], N=2, iterations=1
   output: 1.8
*/
double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
