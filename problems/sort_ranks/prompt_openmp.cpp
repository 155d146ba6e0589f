#include <omp.h>
#include <cstddef>
#include <vector>

/* The elements of x are distinct. For every index i, store in ranks[i] the position that x[i]
   would have if x were sorted in ascending order (0 for the smallest element, x.size()-1 for the
   largest). ranks already has the same size as x when the function is called.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[0.8, -1.5, 3.0, 0.2, 2.5]
   output: ranks=[2, 0, 4, 1, 3]
*/
void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
