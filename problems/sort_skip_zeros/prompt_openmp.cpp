#include <omp.h>
#include <vector>

/* Sort the non-zero elements of x in ascending order, in place, while every element equal to zero
   stays at its index.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[5, 0, -2, 7, 0, 0, 3, 1]
   output: x=[-2, 0, 1, 3, 0, 0, 5, 7]
*/
void sortSkippingZeros(std::vector<int>& x) {
