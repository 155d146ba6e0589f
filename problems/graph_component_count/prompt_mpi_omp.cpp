#include <mpi.h>
#include <omp.h>
#include <utility>
#include <vector>

/* An undirected graph has numVertices vertices, numbered 0 to numVertices-1, and the edges
   listed in `edges`, each given by its two end vertices. Edges may be repeated, and an edge may
   join a vertex to itself.
   Return the number of connected components of the graph. A vertex that has no edges forms a
   component by itself.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of numVertices and edges.
   The result must be returned on rank 0; other ranks may return any value.
   Example:

   input: numVertices=7, edges=[(0,1), (2,3), (1,4), (3,2), (5,5)]
   output: 4
*/
int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
