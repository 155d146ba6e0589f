#include <algorithm>
#include <cstddef>
#include <vector>

void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    std::fill(counts.begin(), counts.end(), 0);
    for (double v : x) {
        if (!(v >= edges.front() && v < edges.back())) continue;
        // the first edge greater than v closes v's bin
        const std::size_t i = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
        ++counts[i - 1];
    }
}
