#include <mpi.h>
#include <omp.h>
#include <vector>

/* Compute the circular convolution of the real sequences a and b of length N:
       c[n] = sum over m = 0 .. N-1 of a[m] * b[(n - m) mod N],   n = 0 .. N-1.
   N = a.size() = b.size() is a power of two (N >= 1), and c already has N elements.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of a and b. The result must
   be stored in c on rank 0.
   Example:

   input: a=[1, 2, 3, 4], b=[1, 0, 0, 1]
   output: c=[3, 5, 7, 5]
*/
void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
