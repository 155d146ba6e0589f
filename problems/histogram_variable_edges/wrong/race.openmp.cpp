// Race: each thread bins its share of x correctly into a private tally, then ASSIGNS that tally
// to the shared counts with no synchronisation ("last writer wins"). With one thread the answer
// is right; with several, each bin keeps only one thread's count.
#include <algorithm>
#include <cstddef>
#include <omp.h>
#include <vector>

void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    const long n = static_cast<long>(x.size());
    const std::size_t bins = edges.size() - 1;
#pragma omp parallel
    {
        std::vector<std::size_t> mine(bins, 0);
#pragma omp for schedule(static) nowait
        for (long k = 0; k < n; ++k) {
            const double v = x[k];
            if (!(v >= edges.front() && v < edges.back())) continue;
            const std::size_t i = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
            ++mine[i - 1];
        }
        for (std::size_t b = 0; b < bins; ++b) counts[b] = mine[b];
    }
}
