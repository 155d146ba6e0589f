#include <mpi.h>
#include <omp.h>
#include <complex>
#include <vector>

/* Compute the discrete Fourier transform of x:
       X[k] = sum over n = 0 .. N-1 of x[n] * exp(-2 pi i k n / N),   k = 0 .. N-1,
   where N = x.size() may be any positive length (not necessarily a power of two).
   X already has N elements.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   stored in X on rank 0.
   Example:

   input: x=[1, 2, 3]
   output: X=[6, -1.5+0.866025i, -1.5-0.866025i]
*/
void discreteFourierTransform(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &X) {
