#include <omp.h>
#include <vector>

/* Return the largest sum of any contiguous, non-empty subarray x[i], x[i+1], ..., x[j] of x.
   x has at least one element. When every element is negative the answer is the largest element.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[3, -4, 5, -1, 2, -6, 4, 1]
   output: 6
*/
long long largestSubarraySum(std::vector<int> const& x) {
