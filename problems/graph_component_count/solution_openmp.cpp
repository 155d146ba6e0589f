#include <omp.h>
#include <utility>
#include <vector>

namespace {

int findRoot(std::vector<int>& parent, int v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];  // path halving
        v = parent[v];
    }
    return v;
}

void unite(std::vector<int>& parent, std::vector<int>& setSize, int a, int b) {
    a = findRoot(parent, a);
    b = findRoot(parent, b);
    if (a == b) return;
    if (setSize[a] < setSize[b]) std::swap(a, b);
    parent[b] = a;  // union by size
    setSize[a] += setSize[b];
}

}  // namespace

// Each thread builds a private union-find forest of a contiguous block of edges. The forests are
// then merged pairwise up a binary tree: merging forest B into forest A unites every vertex with
// its root in B, which adds exactly B's connectivity to A. The roots of the final forest are the
// components.
int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
    const int n = numVertices;
    const long m = static_cast<long>(edges.size());
    const int maxThreads = omp_get_max_threads();
    std::vector<std::vector<int>> parents(maxThreads), sizes(maxThreads);
    int components = 0;
#pragma omp parallel
    {
        const int tid = omp_get_thread_num(), nthreads = omp_get_num_threads();
        std::vector<int>& parent = parents[tid];
        std::vector<int>& setSize = sizes[tid];
        parent.resize(n);
        setSize.assign(n, 1);
        for (int v = 0; v < n; ++v) parent[v] = v;
        const long begin = m * tid / nthreads, end = m * (tid + 1) / nthreads;
        for (long i = begin; i < end; ++i) unite(parent, setSize, edges[i].first, edges[i].second);

        for (int step = 1; step < nthreads; step *= 2) {
#pragma omp barrier
            if (tid % (2 * step) == 0 && tid + step < nthreads) {
                std::vector<int>& other = parents[tid + step];
                for (int v = 0; v < n; ++v) {
                    const int r = findRoot(other, v);
                    if (r != v) unite(parent, setSize, v, r);
                }
            }
        }
#pragma omp barrier
        const std::vector<int>& root = parents[0];
#pragma omp for reduction(+ : components) schedule(static)
        for (int v = 0; v < n; ++v) components += root[v] == v;
    }
    return components;
}
