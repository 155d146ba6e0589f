#include <mpi.h>
#include <omp.h>
#include <vector>

/* Compute the inclusive prefix sum of x: output[i] = x[0] + x[1] + ... + x[i].
   output already has the same size as x when the function is called.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   stored in output on rank 0.
   Example:

   input: x=[1.0, 7.0, 4.0, -6.0, 6.0, 2.0]
   output: output=[1.0, 8.0, 12.0, 6.0, 12.0, 14.0]
*/
void prefixSum(std::vector<double> const& x, std::vector<double>& output) {
