#include <mpi.h>
#include <omp.h>
#include <vector>

/* Compute one step of a 3-point Jacobi stencil on the 1-D array input and store it in output:
   output[i] = (input[i-1] + input[i] + input[i+1]) / 3 for every i,
   where values outside the array (input[-1] and input[n]) are taken as 0.
   output already has the same size as input.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of input, and an output
   vector of the same size. The complete result must be stored in output on rank 0.
   Example:

   input: input=[3, 0, 6, -3, 9]
   output: output=[1, 3, 1, 4, 2]
*/
void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output) {
