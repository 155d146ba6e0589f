#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: bins by the rounded-down value itself (as if every bin had width 1 from 0).
void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    for (double v : x) {
        if (v >= 0.0 && v < static_cast<double>(counts.size())) ++counts[static_cast<std::size_t>(v)];
    }
}
