#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

/* Compute Y = A X, where A is an M x K sparse matrix given as a list of COOElement entries (in no
   particular order; an entry (row, column) may appear more than once, and repeated entries add
   up), X is a K x N dense matrix and Y is an M x N dense matrix, both stored in row-major order.
   Y already has M*N elements, all zero. A may have no entries.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of A and X. The result must
   be stored in Y on rank 0.
   Example:

   input: A=[{0, 1, 2.0}, {2, 0, -1.0}, {0, 1, 1.0}, {1, 2, 4.0}],
          X=[[1, 2], [3, -1], [0.5, 2]], M=3, K=3, N=2
   output: Y=[[9, -3], [2, 8], [-1, -2]]
*/
void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
