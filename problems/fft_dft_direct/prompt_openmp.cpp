#include <omp.h>
#include <complex>
#include <vector>

/* Compute the discrete Fourier transform of x:
       X[k] = sum over n = 0 .. N-1 of x[n] * exp(-2 pi i k n / N),   k = 0 .. N-1,
   where N = x.size() may be any positive length (not necessarily a power of two).
   X already has N elements.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[1, 2, 3]
   output: X=[6, -1.5+0.866025i, -1.5-0.866025i]
*/
void discreteFourierTransform(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &X) {
