#include <cstddef>
#include <omp.h>
#include <vector>

/* Compute y = A x for the M x N sparse matrix A stored in compressed sparse row (CSR) format:
   the nonzeros of row i are values[rowPtr[i]] ... values[rowPtr[i+1]-1], in columns
   colIdx[rowPtr[i]] ... colIdx[rowPtr[i+1]-1]. rowPtr has M+1 elements with rowPtr[0] = 0.
   x has N elements and y already has M elements. A row may have no nonzeros.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: rowPtr=[0, 2, 2, 5], colIdx=[0, 3, 1, 2, 3], values=[2, -1, 4, 0.5, 3],
          x=[1, 2, 4, -2], M=3, N=4
   output: y=[4, 0, 4]
*/
void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
