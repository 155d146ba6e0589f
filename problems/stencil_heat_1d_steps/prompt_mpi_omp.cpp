#include <mpi.h>
#include <omp.h>
#include <vector>

/* Advance the temperatures u of a 1-D rod by `steps` explicit time steps of the heat equation.
   In each step every interior point i (0 < i < n-1) is updated from the values of the previous step:
       u_new[i] = u[i] + r * (u[i-1] - 2*u[i] + u[i+1])
   The two end points u[0] and u[n-1] are fixed and never change. On return u holds the values
   after the last step. 0 < r <= 0.5 and steps >= 0.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of u, r and steps. The final
   values must be stored in u on rank 0.
   Example:

   input: u=[0, 0, 8, 0, 0], r=0.25, steps=2
   output: u=[0, 2, 3, 2, 0]
*/
void heatSteps1D(std::vector<double>& u, double r, int steps) {
