#include <vector>

struct Edge {
    int u;
    int v;
};

// Wrong on purpose: returns a trivial value, every degree zero.
std::vector<int> vertexDegrees(int numVertices, std::vector<Edge> const& edges) {
    (void)edges;
    return std::vector<int>(numVertices, 0);
}
