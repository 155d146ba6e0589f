#include <mpi.h>
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
    parent[b] = a;
    setSize[a] += setSize[b];
}

}  // namespace

// Each rank builds a union-find forest of its block of edges. The forests are merged up a
// binary tree: a sender ships the root of every vertex, and the receiver unites each vertex
// with that root, which adds exactly the sender's connectivity to its own forest.
int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = numVertices;
    const std::size_t m = edges.size();

    std::vector<int> parent(n), setSize(n, 1);
    for (int v = 0; v < n; ++v) parent[v] = v;
    for (std::size_t i = m * rank / size; i < m * (rank + 1) / size; ++i)
        unite(parent, setSize, edges[i].first, edges[i].second);

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
    for (int v = 0; v < n; ++v)
        if (parent[v] == v) ++components;
    return components;
}
