#include <omp.h>
#include <vector>

/* `sorted` is in non-decreasing order. Return a vector with one element per query: element i
   is the number of elements of `sorted` that are smaller than queries[i], which is the first
   position at which queries[i] could be inserted while keeping the order.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: sorted=[1.0, 2.5, 2.5, 4.0, 7.5], queries=[2.5, 0.0, 8.0, 3.0, 1.0, 7.5]
   output: [1, 0, 5, 3, 0, 4]
*/
std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
