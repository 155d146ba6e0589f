#include <mpi.h>
#include <omp.h>
#include <string>
#include <vector>

/* `genome` and `motif` are strings over the letters A, C, G and T; motif is not empty.
   Return, in increasing order, every position p at which motif occurs in genome, that is
   genome[p + k] == motif[k] for k = 0, ..., motif.size() - 1. Occurrences may overlap.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of genome and motif. The
   result must be returned on rank 0; other ranks may return any value.
   Example:

   input: genome="ACACAGTACACA", motif="ACA"
   output: [0, 2, 7, 9]
*/
std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
