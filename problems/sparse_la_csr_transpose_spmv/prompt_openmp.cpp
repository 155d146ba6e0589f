#include <cstddef>
#include <omp.h>
#include <vector>

/* Compute y = A^T x (the product of the transpose of A with x) for the M x N sparse matrix A
   stored in compressed sparse row (CSR) format: the nonzeros of row i are
   values[rowPtr[i]] ... values[rowPtr[i+1]-1], in columns colIdx[rowPtr[i]] ... colIdx[rowPtr[i+1]-1].
   rowPtr has M+1 elements with rowPtr[0] = 0. x has M elements; y already has N elements, all zero.
   A row may have no nonzeros, and the same column may appear more than once in a row (such
   entries add up).
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: rowPtr=[0, 2, 2, 5], colIdx=[0, 3, 1, 2, 3], values=[2, -1, 4, 0.5, 3],
          x=[1, 2, -1], M=3, N=4
   output: y=[2, -4, -0.5, -4]
*/
void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
