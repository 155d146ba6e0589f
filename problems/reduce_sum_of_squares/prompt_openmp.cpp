#include <omp.h>
#include <vector>

/* Return the sum of the squares of the elements of x.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[1.0, -2.0, 3.0, 0.5]
   output: 14.25
*/
double sumOfSquares(std::vector<double> const& x) {
