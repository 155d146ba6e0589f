// Race: each thread counts the endpoints of its share of the edges correctly into a private
// array, then ASSIGNS that array to the shared result with no synchronisation ("last writer
// wins"). With one thread the answer is right; with several, each degree keeps only one
// thread's count.
#include <omp.h>
#include <cstddef>
#include <vector>

struct Edge {
    int u;
    int v;
};

std::vector<int> vertexDegrees(int numVertices, std::vector<Edge> const& edges) {
    const long m = static_cast<long>(edges.size());
    const std::size_t nv = static_cast<std::size_t>(numVertices);
    std::vector<int> degrees(nv, 0);
#pragma omp parallel
    {
        std::vector<int> local(nv, 0);
#pragma omp for schedule(static) nowait
        for (long i = 0; i < m; ++i) {
            ++local[edges[i].u];
            ++local[edges[i].v];
        }
        for (std::size_t v = 0; v < nv; ++v) degrees[v] = local[v];
    }
    return degrees;
}
