#include <omp.h>
#include <cstddef>
#include <vector>

namespace {

struct alignas(64) Best {  // one cache line per thread: no false sharing
    double mismatch = 0.0;
    std::size_t offset = 0;
    bool found = false;
};

}  // namespace

// Each thread scores a contiguous block of offsets, in thread order, keeping the first offset
// with the smallest mismatch of its block. The blocks' winners are then compared in order with
// a strict <, so among equal mismatches the smallest offset wins.
std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern) {
    const std::size_t n = signal.size(), m = pattern.size();
    const std::size_t offsets = n - m + 1;
    const double* s = signal.data();
    const double* pat = pattern.data();
    std::vector<Best> bests;
#pragma omp parallel
    {
        const std::size_t threads = static_cast<std::size_t>(omp_get_num_threads());
        const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
#pragma omp single
        bests.resize(threads);
        const std::size_t begin = offsets * t / threads, end = offsets * (t + 1) / threads;
        Best mine;
        for (std::size_t p = begin; p < end; ++p) {
            double mismatch = 0.0;
            for (std::size_t k = 0; k < m; ++k) {
                const double d = s[p + k] - pat[k];
                mismatch += d * d;
            }
            if (!mine.found || mismatch < mine.mismatch) {
                mine.mismatch = mismatch;
                mine.offset = p;
                mine.found = true;
            }
        }
        bests[t] = mine;
    }
    Best result;
    for (Best const& b : bests)
        if (b.found && (!result.found || b.mismatch < result.mismatch)) result = b;
    return result.offset;
}
