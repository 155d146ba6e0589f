#include <mpi.h>
#include <omp.h>
#include <vector>

/* board is a rows x cols Game of Life board stored in row-major order (cell (i, j) is
   board[i*cols + j]); 1 is a live cell and 0 a dead one. Advance it by `generations` generations
   of Conway's Game of Life. In each generation all cells are updated simultaneously from the
   previous generation, counting the live cells among the 8 neighbours of each cell:
     - a live cell with 2 or 3 live neighbours stays alive, otherwise it dies;
     - a dead cell with exactly 3 live neighbours becomes alive, otherwise it stays dead.
   Cells outside the board are always dead (the board does not wrap around).
   On return board holds the last generation. rows >= 1, cols >= 1 and generations >= 0.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of board, rows, cols and
   generations. The final board must be stored in board on rank 0.
   Example:

   input: rows=4, cols=5, generations=1, board=[[0, 0, 1, 0, 0],
                                                [0, 0, 1, 0, 0],
                                                [0, 0, 1, 0, 0],
                                                [0, 0, 0, 0, 0]]
   output: board=[[0, 0, 0, 0, 0],
                  [0, 1, 1, 1, 0],
                  [0, 0, 0, 0, 0],
                  [0, 0, 0, 0, 0]]
*/
void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
