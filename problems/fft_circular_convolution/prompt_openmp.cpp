#include <omp.h>
#include <vector>

/* Compute the circular convolution of the real sequences a and b of length N:
       c[n] = sum over m = 0 .. N-1 of a[m] * b[(n - m) mod N],   n = 0 .. N-1.
   N = a.size() = b.size() is a power of two (N >= 1), and c already has N elements.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: a=[1, 2, 3, 4], b=[1, 0, 0, 1]
   output: c=[3, 5, 7, 5]
*/
void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
