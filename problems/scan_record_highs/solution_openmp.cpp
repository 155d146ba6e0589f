#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

// One pass per thread over a contiguous block keeps the block's own records (relative to the block
// start): an increasing sequence ending at the block maximum. A block record is a record of the
// whole series exactly when it beats the maximum of all earlier blocks, so each thread then counts
// its records above that maximum (a binary search in its increasing sequence).
std::size_t countRecordHighs(std::vector<double> const& x) {
    const std::size_t n = x.size();
    if (n == 0) return 0;
    std::vector<std::vector<double>> block_records(omp_get_max_threads());
    std::size_t total = 0;

#pragma omp parallel reduction(+ : total)
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const std::size_t lo = n * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = n * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);

        std::vector<double> mine;  // filled privately, published once (no false sharing)
        if (lo < hi) {
            double best = x[lo];
            mine.push_back(best);
            for (std::size_t i = lo + 1; i < hi; ++i) {
                if (x[i] > best) {
                    best = x[i];
                    mine.push_back(best);
                }
            }
        }
        block_records[t] = std::move(mine);

#pragma omp barrier
        const std::vector<double>& own = block_records[t];
        bool seen = false;  // is there any element before this block?
        double before = 0.0;
        for (int k = 0; k < t; ++k) {
            if (block_records[k].empty()) continue;
            const double m = block_records[k].back();
            if (!seen || m > before) before = m;
            seen = true;
        }
        if (!seen) total += own.size();
        else total += static_cast<std::size_t>(own.end() - std::upper_bound(own.begin(), own.end(), before));
    }
    return total;
}
