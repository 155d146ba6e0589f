#include <mpi.h>
#include <omp.h>
#include <vector>

/* Return true if every value in `needles` occurs at least once in `haystack`, and false
   otherwise. Neither vector is sorted, and both may contain repeated values. If needles is
   empty, the answer is true.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of haystack and needles. The
   result must be returned on rank 0; other ranks may return any value.
   Examples:

   input: haystack=[8, -3, 5, 8, 0, 12], needles=[5, 8, 8, -3]
   output: true

   input: haystack=[8, -3, 5, 8, 0, 12], needles=[5, 7]
   output: false
*/
bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
