#include <mpi.h>
#include <omp.h>
#include <vector>

struct Edge {
    int u;
    int v;
};

/* An undirected graph has numVertices vertices, numbered 0 to numVertices-1, and the edges
   listed in `edges`. Each edge joins two different vertices u and v. The same edge may be
   listed more than once, and every copy counts.
   Return a vector of length numVertices whose element i is the degree of vertex i, the
   number of listed edges that have i as an endpoint.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of numVertices and edges.
   The result must be returned on rank 0; other ranks may return any value.
   Example:

   input: numVertices=5, edges=[{0,1}, {1,2}, {3,1}, {2,1}]
   output: [1, 4, 2, 1, 0]
*/
std::vector<int> vertexDegrees(int numVertices, std::vector<Edge> const& edges) {
