#include <omp.h>
#include <cmath>
#include <vector>

/* Return the population standard deviation of the values in x:
   sqrt( (1/n) * sum over i of (x[i] - mean)^2 ), where n is the number of values and mean
   is their arithmetic mean. x has at least one element.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[2, 4, 4, 4, 5, 5, 7, 9]
   output: 2
*/
double populationStdDev(std::vector<double> const& x) {
