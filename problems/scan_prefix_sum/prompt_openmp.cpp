#include <omp.h>
#include <vector>

/* Compute the inclusive prefix sum of x: output[i] = x[0] + x[1] + ... + x[i].
   output already has the same size as x when the function is called.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[1.0, 7.0, 4.0, -6.0, 6.0, 2.0]
   output: output=[1.0, 8.0, 12.0, 6.0, 12.0, 14.0]
*/
void prefixSum(std::vector<double> const& x, std::vector<double>& output) {
