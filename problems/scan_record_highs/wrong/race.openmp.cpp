#include <omp.h>
#include <cstddef>
#include <limits>
#include <vector>

// Data race ("last writer wins"): each thread correctly counts the records in its own block (it
// knows the maximum of all earlier blocks), then ASSIGNS its count to the shared total instead of
// adding it, with no synchronisation. With one thread the block is all of x; with several the
// total keeps one block's count.
std::size_t countRecordHighs(std::vector<double> const& x) {
    const std::size_t n = x.size();
    if (n == 0) return 0;
    std::vector<double> block_max(omp_get_max_threads(), -std::numeric_limits<double>::infinity());
    std::size_t total = 0;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const std::size_t lo = n * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = n * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        double m = -std::numeric_limits<double>::infinity();
        for (std::size_t i = lo; i < hi; ++i)
            if (x[i] > m) m = x[i];
        block_max[t] = m;
#pragma omp barrier
        double best = -std::numeric_limits<double>::infinity();
        for (int k = 0; k < t; ++k)
            if (block_max[k] > best) best = block_max[k];
        std::size_t mine = 0;
        for (std::size_t i = lo; i < hi; ++i) {
            if (i == 0 || x[i] > best) {
                best = x[i];
                ++mine;
            }
        }
        if (lo < hi) total = mine;
    }
    return total;
}
