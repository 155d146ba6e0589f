#include <omp.h>
#include <limits>
#include <vector>

/* Return the smallest odd value in x. Values may be negative.
   If x contains no odd value, return std::numeric_limits<int>::max().
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Examples:

   input: x=[8, 36, 7, 2, 11]
   output: 7

   input: x=[4, -3, 10, -8, 5]
   output: -3

   input: x=[2, 4, 6]
   output: 2147483647
*/
int smallestOddValue(std::vector<int> const& x) {
