#include <omp.h>
#include <cmath>
#include <vector>

/* Replace every element of x by its logistic sigmoid: x[i] = 1 / (1 + exp(-x[i])).
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[0, 2, -1, 0.5, -30]
   output: x=[0.5, 0.880797, 0.268941, 0.622459, 9.35762e-14]  (rounded to 6 significant digits)
*/
void sigmoidInPlace(std::vector<double>& x) {
