#include <omp.h>
#include <vector>

/* A simple undirected graph with n = offsets.size() - 1 vertices (numbered 0 to n-1) is stored
   in compressed sparse row form: the neighbours of vertex i are
   neighbors[offsets[i]], ..., neighbors[offsets[i+1] - 1], in increasing order. Every edge
   appears in the lists of both of its endpoints; there are no self-loops and no repeated edges.
   Return the number of triangles in the graph: sets of three vertices {a, b, c} that are joined
   pairwise by edges.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   edges: 0-1, 0-2, 1-2, 1-3, 2-3, 3-4
   input: offsets=[0, 2, 5, 8, 11, 12], neighbors=[1, 2, 0, 2, 3, 0, 1, 3, 1, 2, 4, 3]
   output: 2
*/
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
