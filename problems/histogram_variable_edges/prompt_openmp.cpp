#include <cstddef>
#include <omp.h>
#include <vector>

/* edges holds B+1 strictly increasing values (B >= 1) that define B bins: bin i is the half-open
   interval [edges[i], edges[i+1]). Store in counts[i] the number of elements of x that lie in
   bin i. Elements smaller than edges[0] or not smaller than edges[B] are not counted.
   counts already has B elements when the function is called.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: x=[0.5, 2.0, 9.9, -1.0, 3.0, 10.0, 2.5, 0.0], edges=[0.0, 1.0, 3.0, 10.0]
   output: counts=[2, 2, 2]
*/
void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
