#include <algorithm>
#include <cstddef>
#include <vector>

void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    for (std::size_t b = 0; b < counts.size(); ++b) counts[b] = 0;
    const std::size_t n = x.size();
    if (n == 0) return;
    const double lo = edges[0], hi = edges[edges.size() - 1];
    double next = x[0];
    for (std::size_t i = 0; i < n; ++i) {
        const double v = next;
        next = x[i + 1];  // reads one element past the end on the last iteration
        if (v < lo || v >= hi) continue;
        const auto it = std::upper_bound(edges.begin(), edges.end(), v);
        ++counts[static_cast<std::size_t>(it - edges.begin()) - 1];
    }
}
