#include <mpi.h>
#include <omp.h>
#include <vector>

/* grid is an n x n grid of doubles stored in row-major order (element (i, j) is grid[i*n + j]).
   Perform `sweeps` Jacobi sweeps of the 5-point stencil on it. In each sweep every interior cell
   (0 < i < n-1 and 0 < j < n-1) is replaced, simultaneously, by the average of its four neighbours
   from the previous sweep:
       new(i, j) = (old(i-1, j) + old(i+1, j) + old(i, j-1) + old(i, j+1)) / 4
   Cells in the first and last row and column are fixed and never change. On return grid holds the
   values after the last sweep. n >= 1 and sweeps >= 0.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of grid, n and sweeps. The
   final grid must be stored in grid on rank 0.
   Example:

   input: n=4, sweeps=1, grid=[[0, 8, 8, 0],
                               [0, 4, 0, 0],
                               [4, 0, 0, 4],
                               [0, 8, 8, 0]]
   output: grid=[[0, 8, 8, 0],
                 [0, 2, 3, 0],
                 [4, 4, 3, 4],
                 [0, 8, 8, 0]]
*/
void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
