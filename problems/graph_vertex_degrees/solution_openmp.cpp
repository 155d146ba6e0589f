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
    std::vector<std::vector<int>> counts;
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
#pragma omp single
        counts.resize(threads);
        // every thread counts the endpoints of its share of the edges into a private array
        std::vector<int>& local = counts[t];
        local.assign(nv, 0);
#pragma omp for schedule(static)
        for (long i = 0; i < m; ++i) {
            ++local[edges[i].u];
            ++local[edges[i].v];
        }
        // (implicit barrier) then the arrays are summed, each thread owning a range of vertices
#pragma omp for schedule(static)
        for (long v = 0; v < static_cast<long>(nv); ++v) {
            int d = 0;
            for (int s = 0; s < threads; ++s) d += counts[s][v];
            degrees[v] = d;
        }
    }
    return degrees;
}
