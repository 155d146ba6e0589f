#include <mpi.h>
#include <utility>
#include <vector>

// Wrong on purpose: each rank unites only the edges of its own block and counts the components
// of that partial graph; the ranks' forests are never merged.
int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    std::vector<int> parent(numVertices);
    for (int v = 0; v < numVertices; ++v) parent[v] = v;
    auto root = [&](int v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    int components = numVertices;
    const std::size_t m = edges.size();
    for (std::size_t i = m * rank / size; i < m * (rank + 1) / size; ++i) {
        const int a = root(edges[i].first), b = root(edges[i].second);
        if (a != b) {
            parent[a] = b;
            --components;
        }
    }
    return components;
}
