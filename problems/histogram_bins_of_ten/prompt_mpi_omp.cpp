#include <mpi.h>
#include <array>
#include <cstddef>
#include <omp.h>
#include <vector>

/* Every element of x is an integer in the range [0, 100). Count how many elements fall into
   each bin of width 10: bins[i] must hold the number of elements with a value in [10*i, 10*i + 10).
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   stored in bins on rank 0.
   Example:

   input: x=[7, 32, 15, 0, 99, 38, 11, 40, 19]
   output: bins=[2, 3, 0, 2, 1, 0, 0, 0, 0, 1]
*/
void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
