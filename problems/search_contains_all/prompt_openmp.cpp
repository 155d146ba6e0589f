#include <omp.h>
#include <vector>

/* Return true if every value in `needles` occurs at least once in `haystack`, and false
   otherwise. Neither vector is sorted, and both may contain repeated values. If needles is
   empty, the answer is true.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Examples:

   input: haystack=[8, -3, 5, 8, 0, 12], needles=[5, 8, 8, -3]
   output: true

   input: haystack=[8, -3, 5, 8, 0, 12], needles=[5, 7]
   output: false
*/
bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
