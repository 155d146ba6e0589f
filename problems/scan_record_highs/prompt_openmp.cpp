#include <omp.h>
#include <cstddef>
#include <vector>

/* A record high of the series x is an index i at which x[i] is strictly greater than every earlier
   element x[0], ..., x[i-1]. The first element is always a record high. Return the number of
   record highs in x (0 if x is empty).
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 9.0]
   output: 4
*/
std::size_t countRecordHighs(std::vector<double> const& x) {
