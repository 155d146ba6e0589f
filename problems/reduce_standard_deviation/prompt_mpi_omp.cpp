#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

/* Return the population standard deviation of the values in x:
   sqrt( (1/n) * sum over i of (x[i] - mean)^2 ), where n is the number of values and mean
   is their arithmetic mean. x has at least one element.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   returned on rank 0; other ranks may return any value.
   Example:

   input: x=[2, 4, 4, 4, 5, 5, 7, 9]
   output: 2
*/
double populationStdDev(std::vector<double> const& x) {
