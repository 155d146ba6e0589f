#include <mpi.h>
#include <omp.h>
#include <vector>

/* A directed graph has n vertices, numbered 0 to n-1. Its edge lengths are stored in the n x n
   row-major matrix `weights`: weights[i*n + j] is the length of the edge from vertex i to
   vertex j, a positive integer, or -1 when there is no such edge. The diagonal is 0.
   dist has n*n elements. Overwrite dist[i*n + j] with the length of a shortest path from i to j
   (the smallest sum of edge lengths along a path), or with -1 when j cannot be reached from i.
   dist[i*n + i] is 0.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of n and weights, and a
   dist vector of n*n elements. The final dist must be stored on rank 0.
   Example:

   input: n=4, weights=[ 0,  5, -1,  9,
                        -1,  0,  2, -1,
                        -1, -1,  0,  1,
                        -1, -1, -1,  0]
   output: dist=[ 0,  5,  7,  8,
                 -1,  0,  2,  3,
                 -1, -1,  0,  1,
                 -1, -1, -1,  0]
*/
void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
