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

}  // namespace

int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
    std::vector<int> parent(numVertices), setSize(numVertices, 1);
    for (int v = 0; v < numVertices; ++v) parent[v] = v;
    int components = numVertices;
    for (auto const& e : edges) {
        int a = findRoot(parent, e.first), b = findRoot(parent, e.second);
        if (a == b) continue;
        if (setSize[a] < setSize[b]) std::swap(a, b);
        parent[b] = a;  // union by size
        setSize[a] += setSize[b];
        --components;
    }
    return components;
}
