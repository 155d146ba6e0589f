#include <omp.h>
#include <vector>

/* Return the logical XOR of all elements of x: true if an odd number of elements are true,
   false otherwise (false for an empty vector).
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Examples:

   input: x=[false, false, false, true]
   output: true

   input: x=[false, true, true, false, true, true]
   output: false
*/
bool reduceLogicalXor(std::vector<bool> const& x) {
