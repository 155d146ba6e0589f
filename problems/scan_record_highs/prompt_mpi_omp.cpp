#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

/* A record high of the series x is an index i at which x[i] is strictly greater than every earlier
   element x[0], ..., x[i-1]. The first element is always a record high. Return the number of
   record highs in x (0 if x is empty).
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of x. The result must be
   returned on rank 0; other ranks may return any value.
   Example:

   input: x=[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 9.0]
   output: 4
*/
std::size_t countRecordHighs(std::vector<double> const& x) {
