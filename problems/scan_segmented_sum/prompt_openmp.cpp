#include <omp.h>
#include <vector>

/* x is divided into consecutive segments: a new segment starts at every index i where
   startsSegment[i] is true, and index 0 always starts a segment (whatever startsSegment[0] is).
   Compute the inclusive prefix sum within each segment: output[i] is the sum of x[j] over the
   indices j <= i in the same segment as i.
   x and startsSegment have the same size; output already has that size when the function is called.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], startsSegment=[false, false, true, false, false, true, true]
   output: output=[1.0, 3.0, 3.0, 7.0, 12.0, 6.0, 7.0]
*/
void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
