// Data race: every thread builds a union-find forest of its own block of edges, counts the roots
// of that forest and ASSIGNS the count to the shared result with no synchronisation, so the last
// writer wins and the edges of the other threads are ignored. One thread gives the right count;
// with two or more, components joined only by another thread's edges are counted apart.
#include <omp.h>
#include <utility>
#include <vector>

namespace {

int findRoot(std::vector<int>& parent, int v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

}  // namespace

int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
    const int n = numVertices;
    const long m = static_cast<long>(edges.size());
    int components = 0;
#pragma omp parallel
    {
        const int tid = omp_get_thread_num(), nthreads = omp_get_num_threads();
        std::vector<int> parent(n), setSize(n, 1);
        for (int v = 0; v < n; ++v) parent[v] = v;
        int mine = n;
        for (long i = m * tid / nthreads; i < m * (tid + 1) / nthreads; ++i) {
            int a = findRoot(parent, edges[i].first), b = findRoot(parent, edges[i].second);
            if (a == b) continue;
            if (setSize[a] < setSize[b]) std::swap(a, b);
            parent[b] = a;
            setSize[a] += setSize[b];
            --mine;
        }
        components = mine;
    }
    return components;
}
