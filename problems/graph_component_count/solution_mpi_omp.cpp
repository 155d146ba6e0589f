#include <mpi.h>
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

// Unites every vertex of forest `into` with its root in forest `from`: afterwards `into` holds
// the connectivity of both.
void mergeForest(std::vector<int>& into, std::vector<int>& intoSize, std::vector<int>& from, int n) {
    for (int v = 0; v < n; ++v) {
        const int r = findRoot(from, v);
        if (r != v) unite(into, intoSize, v, r);
    }
}

}  // namespace

// Each rank takes a contiguous block of edges and its threads split that block, each thread
// building a private union-find forest; the threads' forests are merged pairwise, giving the
// rank's forest. The ranks' forests are then merged up a binary tree: a sender ships the root of
// every vertex and the receiver unites each vertex with that root. MPI calls happen outside the
// parallel region only.
int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = numVertices;
    const long m = static_cast<long>(edges.size());
    const long lo = m * rank / size, hi = m * (rank + 1) / size;

    const int maxThreads = omp_get_max_threads();
    std::vector<std::vector<int>> parents(maxThreads), sizes(maxThreads);
#pragma omp parallel
    {
        const int tid = omp_get_thread_num(), nthreads = omp_get_num_threads();
        std::vector<int>& parent = parents[tid];
        std::vector<int>& setSize = sizes[tid];
        parent.resize(n);
        setSize.assign(n, 1);
        for (int v = 0; v < n; ++v) parent[v] = v;
        const long begin = lo + (hi - lo) * tid / nthreads, end = lo + (hi - lo) * (tid + 1) / nthreads;
        for (long i = begin; i < end; ++i) unite(parent, setSize, edges[i].first, edges[i].second);
        for (int step = 1; step < nthreads; step *= 2) {
#pragma omp barrier
            if (tid % (2 * step) == 0 && tid + step < nthreads)
                mergeForest(parent, setSize, parents[tid + step], n);
        }
    }
    std::vector<int>& parent = parents[0];
    std::vector<int>& setSize = sizes[0];

    std::vector<int> roots(n);
    for (int step = 1; step < size; step *= 2) {
        if (rank % (2 * step) == step) {
            for (int v = 0; v < n; ++v) roots[v] = findRoot(parent, v);
            MPI_Send(roots.data(), n, MPI_INT, rank - step, 0, MPI_COMM_WORLD);
            return 0;  // this rank's part is handed on
        }
        if (rank % (2 * step) == 0 && rank + step < size) {
            MPI_Recv(roots.data(), n, MPI_INT, rank + step, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            for (int v = 0; v < n; ++v)
                if (roots[v] != v) unite(parent, setSize, v, roots[v]);
        }
    }
    int components = 0;
#pragma omp parallel for reduction(+ : components) schedule(static)
    for (int v = 0; v < n; ++v) components += parent[v] == v;
    return components;
}
