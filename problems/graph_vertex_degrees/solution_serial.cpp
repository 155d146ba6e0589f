#include <vector>

struct Edge {
    int u;
    int v;
};

std::vector<int> vertexDegrees(int numVertices, std::vector<Edge> const& edges) {
    std::vector<int> degrees(numVertices, 0);
    for (Edge const& e : edges) {
        ++degrees[e.u];
        ++degrees[e.v];
    }
    return degrees;
}
