#include <mpi.h>
#include <omp.h>
#include <vector>

/* Find where `pattern` best matches a window of `signal`. For every offset p with
   p + pattern.size() <= signal.size(), the mismatch at p is the sum over k of
   (signal[p + k] - pattern[k])^2. Return the offset with the smallest mismatch; if several
   offsets share the smallest mismatch, return the smallest of them.
   pattern is not empty and is not longer than signal.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of signal and pattern. The
   result must be returned on rank 0; other ranks may return any value.
   Example:

   input: signal=[0, 1, 3, 2, 5, 1, 3, 2, 2], pattern=[1, 3, 2]
   output: 1
*/
std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern) {
