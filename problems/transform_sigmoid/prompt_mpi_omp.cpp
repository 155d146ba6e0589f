#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

/* Replace every element of x by its logistic sigmoid: x[i] = 1 / (1 + exp(-x[i])).
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The final values must
   be stored in x on rank 0.
   Example:

   input: x=[0, 2, -1, 0.5, -30]
   output: x=[0.5, 0.880797, 0.268941, 0.622459, 9.35762e-14]  (rounded to 6 significant digits)
*/
void sigmoidInPlace(std::vector<double>& x) {
