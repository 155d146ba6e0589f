// Data race: in each level every thread copies the vertices it found to the START of the shared
// next frontier and ASSIGNS its own count to the shared frontier size, with no offsets and no
// synchronisation. The threads overwrite each other's vertices and the last writer's count wins,
// so vertices found by the other threads are never expanded and their neighbours get distances
// that are too large (or -1). One thread gives the right distances.
#include <omp.h>
#include <vector>

void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    const int n = static_cast<int>(offsets.size()) - 1;
    for (int i = 0; i < n; ++i) distances[i] = -1;
    std::vector<int> frontier(n), next(n);  // a thread finds each vertex at most once
    int frontierSize = 1, nextSize = 0;
    distances[source] = 0;
    frontier[0] = source;
    for (int level = 1; frontierSize > 0; ++level) {
        nextSize = 0;
#pragma omp parallel
        {
            std::vector<int> local;
#pragma omp for schedule(static)
            for (int i = 0; i < frontierSize; ++i) {
                const int u = frontier[i];
                for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
                    const int v = neighbors[k];
                    if (distances[v] == -1) {
                        distances[v] = level;
                        local.push_back(v);
                    }
                }
            }
            for (std::size_t j = 0; j < local.size(); ++j) next[j] = local[j];
            if (!local.empty()) nextSize = static_cast<int>(local.size());
        }
        frontier.swap(next);
        frontierSize = nextSize;
    }
}
