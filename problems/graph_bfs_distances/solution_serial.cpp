#include <vector>

void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    const int n = static_cast<int>(offsets.size()) - 1;
    for (int i = 0; i < n; ++i) distances[i] = -1;
    std::vector<int> queue(n);  // each vertex enters the queue at most once
    int head = 0, tail = 0;
    distances[source] = 0;
    queue[tail++] = source;
    while (head < tail) {
        const int u = queue[head++];
        const int next = distances[u] + 1;
        for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
            const int v = neighbors[k];
            if (distances[v] < 0) {
                distances[v] = next;
                queue[tail++] = v;
            }
        }
    }
}
