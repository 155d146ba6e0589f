#include <omp.h>
#include <cstddef>
#include <vector>

/* Solve L X = B by forward substitution and overwrite B with X. L is an N x N lower-triangular
   matrix stored in row-major order (its diagonal entries are nonzero; entries above the diagonal
   are zero and must not be used). B is an N x K matrix stored in row-major order: each of its K
   columns is one right-hand side. N and K are at least 1.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: L=[[2, 0, 0], [1, 4, 0], [-1, 2, 1]], B=[[2, 4], [9, -2], [1, 3]], N=3, K=2
   output: B=[[1, 2], [2, -1], [-2, 7]]
*/
void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
