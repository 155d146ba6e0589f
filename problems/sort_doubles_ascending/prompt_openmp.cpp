#include <omp.h>
#include <vector>

/* Sort x in ascending order, in place.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[4.5, -1.0, 3.25, 0.0, 3.25, -7.5]
   output: x=[-7.5, -1.0, 0.0, 3.25, 3.25, 4.5]
*/
void sortAscending(std::vector<double>& x) {
