#include <omp.h>
#include <string>
#include <vector>

/* `genome` and `motif` are strings over the letters A, C, G and T; motif is not empty.
   Return, in increasing order, every position p at which motif occurs in genome, that is
   genome[p + k] == motif[k] for k = 0, ..., motif.size() - 1. Occurrences may overlap.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: genome="ACACAGTACACA", motif="ACA"
   output: [0, 2, 7, 9]
*/
std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
