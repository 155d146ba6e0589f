#include <omp.h>
#include <cstddef>
#include <vector>

/* Factor the N x N matrix A (stored in row-major order) as A = L U without pivoting, in place:
   on return, the entries of A on and above the diagonal hold U, and the entries below the
   diagonal hold the multipliers of L (L has ones on its diagonal, which are not stored).
   A is diagonally dominant, so every pivot is nonzero. N is at least 1.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: A=[[4, 3, 2], [8, 7, 9], [4, 6, 21]], N=3
   output: A=[[4, 3, 2], [2, 1, 5], [1, 3, 4]]
*/
void luFactorizeInPlace(std::vector<double> &A, size_t N) {
