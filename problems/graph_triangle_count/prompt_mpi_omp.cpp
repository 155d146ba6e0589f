#include <mpi.h>
#include <omp.h>
#include <vector>

/* A simple undirected graph with n = offsets.size() - 1 vertices (numbered 0 to n-1) is stored
   in compressed sparse row form: the neighbours of vertex i are
   neighbors[offsets[i]], ..., neighbors[offsets[i+1] - 1], in increasing order. Every edge
   appears in the lists of both of its endpoints; there are no self-loops and no repeated edges.
   Return the number of triangles in the graph: sets of three vertices {a, b, c} that are joined
   pairwise by edges.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of offsets and neighbors.
   The result must be returned on rank 0; other ranks may return any value.
   Example:

   edges: 0-1, 0-2, 1-2, 1-3, 2-3, 3-4
   input: offsets=[0, 2, 5, 8, 11, 12], neighbors=[1, 2, 0, 2, 3, 0, 1, 3, 1, 2, 4, 3]
   output: 2
*/
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
