#include <mpi.h>
#include <cstddef>
#include <omp.h>
#include <vector>

struct Particle {
    double x, y;   // position
    double mass;   // non-negative
};

/* Deposit the mass of every particle onto a periodic grid of width x height unit cells (nearest
   grid point deposition). Cell (i, j) with 0 <= i < width and 0 <= j < height is the square
   [i, i+1) x [j, j+1), repeated periodically: a particle lies in column i = floor(x) mod width and
   row j = floor(y) mod height, where mod gives a result in [0, width) resp. [0, height), so for
   example x = -0.5 lies in column width-1 and x = width + 0.25 lies in column 0.
   grid is stored row by row and already has width*height elements, all zero. Store in
   grid[j*width + i] the total mass of the particles in cell (i, j).
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of particles. The result
   must be stored in grid on rank 0.
   Example:

   input: particles=[{0.5, 0.5, 1.0}, {2.9, 0.1, 2.0}, {-0.5, 1.5, 0.5}, {3.2, 4.7, 4.0}], width=3, height=2
   output: grid=[5.0, 0.0, 2.0,
                 0.0, 0.0, 0.5]
*/
void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height, std::vector<double>& grid) {
