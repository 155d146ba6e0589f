#include <algorithm>
#include <cstddef>
#include <omp.h>
#include <vector>

void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    const long n = static_cast<long>(x.size());
    const long bins = static_cast<long>(edges.size()) - 1;
    const double lo = edges.front(), hi = edges.back();
    std::vector<std::vector<std::size_t>> partial;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
#pragma omp single
        partial.resize(omp_get_num_threads());
        // implicit barrier: each thread fills its own heap-allocated tally (no false sharing)
        std::vector<std::size_t>& mine = partial[t];
        mine.assign(bins, 0);
#pragma omp for schedule(static)
        for (long k = 0; k < n; ++k) {
            const double v = x[k];
            if (!(v >= lo && v < hi)) continue;
            const long i = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
            ++mine[i - 1];
        }
        // implicit barrier above: all tallies are complete; merge them bin by bin
        const int threads = static_cast<int>(partial.size());
#pragma omp for schedule(static)
        for (long b = 0; b < bins; ++b) {
            std::size_t s = 0;
            for (int u = 0; u < threads; ++u) s += partial[u][b];
            counts[b] = s;
        }
    }
}
