#include <omp.h>
#include <vector>

/* An undirected graph with n = offsets.size() - 1 vertices (numbered 0 to n-1) is stored in
   compressed sparse row form: the neighbours of vertex i are
   neighbors[offsets[i]], ..., neighbors[offsets[i+1] - 1]. Every edge appears in the lists of
   both of its endpoints; a list may name the same neighbour more than once.
   distances has n elements. Overwrite distances[i] with the number of edges on a shortest path
   from vertex `source` to vertex i, or with -1 when i cannot be reached from `source`.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   edges: 0-1, 1-2, 0-3, 4-5
   input: offsets=[0, 2, 4, 5, 6, 7, 8], neighbors=[1, 3, 0, 2, 1, 0, 5, 4], source=2
   output: distances=[2, 1, 0, 3, -1, -1]
*/
void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
