#include <omp.h>
#include <cstddef>
#include <vector>

/* Solve the linear system A x = b with the Jacobi method. A is an N x N matrix stored in
   row-major order with a nonzero diagonal; b has N elements. Start from x^(0) = 0. Iteration k
   computes every element from the previous iterate:
       x^(k)[i] = (b[i] - sum over j != i of A[i][j] * x^(k-1)[j]) / A[i][i].
   Stop after the first iteration k with max_i |x^(k)[i] - x^(k-1)[i]| < tol, or after k = maxIter
   iterations, whichever comes first. Store the last iterate in x (it already has N elements)
   and return the number of iterations performed. N and maxIter are at least 1.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: A=[[4, 1], [2, 5]], b=[5, 12], N=2, tol=0.1, maxIter=100
   output: returns 4, x=[0.715, 2.09]
*/
int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
