#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

/* Compute the sparse product C = A B, where A is M x K and B is K x N, all three in compressed
   sparse row (CSR) format: the nonzeros of row i of A are aValues[aRowPtr[i]] ... aValues[aRowPtr[i+1]-1]
   in columns aColIdx[aRowPtr[i]] ... aColIdx[aRowPtr[i+1]-1], and likewise for B and C. In A and B
   the column indices of each row are strictly increasing; rows may be empty.
   Fill cRowPtr (M+1 elements, cRowPtr[0] = 0), cColIdx and cValues (they start empty). In each row
   of C the column indices must be strictly increasing, and C stores exactly the positions (i, j)
   for which some k has both A(i, k) and B(k, j) stored, even when the sum there is zero.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of A and B. The result must
   be stored in cRowPtr, cColIdx and cValues on rank 0.
   Example:

   input: A=[[1, 0, 2], [0, 0, 0], [0, 3, -1]]: aRowPtr=[0, 2, 2, 4], aColIdx=[0, 2, 1, 2], aValues=[1, 2, 3, -1]
          B=[[0, 2, 0, 1], [1, 0, 0, 0], [0, -1, 0, -2]]: bRowPtr=[0, 2, 3, 5], bColIdx=[1, 3, 0, 1, 3],
          bValues=[2, 1, 1, -1, -2], M=3, K=3, N=4
   output: cRowPtr=[0, 2, 2, 5], cColIdx=[1, 3, 0, 1, 3], cValues=[0, -3, 3, 1, 2]
*/
void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
