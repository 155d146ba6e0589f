#include <mpi.h>
#include <omp.h>
#include <complex>
#include <vector>

/* Replace x by its discrete Fourier transform, in place:
       X[k] = sum over n = 0 .. N-1 of x[n] * exp(-2 pi i k n / N),   k = 0 .. N-1,
   where N = x.size() is a power of two (N >= 1).
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   stored in x on rank 0.
   Example:

   input: x=[1, 2, 0, -1]
   output: x=[2, 1-3i, 0, 1+3i]
*/
void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
