#include <omp.h>
#include <cstddef>
#include <vector>

namespace {

// What one block contributes: its total, best prefix, best suffix and best subarray sum (all
// non-empty). `count` is 0 for an empty block.
struct Summary {
    long long count, total, prefix, suffix, best;
};

Summary join(const Summary& left, const Summary& right) {
    if (left.count == 0) return right;
    if (right.count == 0) return left;
    Summary s;
    s.count = left.count + right.count;
    s.total = left.total + right.total;
    s.prefix = left.prefix > left.total + right.prefix ? left.prefix : left.total + right.prefix;
    s.suffix = right.suffix > right.total + left.suffix ? right.suffix : right.total + left.suffix;
    s.best = left.best > right.best ? left.best : right.best;
    if (left.suffix + right.prefix > s.best) s.best = left.suffix + right.prefix;
    return s;
}

Summary summarise(std::vector<int> const& x, std::size_t begin, std::size_t end) {
    if (end <= begin) return Summary{0, 0, 0, 0, 0};
    long long total = x[begin], prefix = x[begin], best = x[begin], ending_here = x[begin];
    for (std::size_t i = begin + 1; i < end; ++i) {
        const long long v = x[i];
        total += v;
        if (total > prefix) prefix = total;
        ending_here = ending_here > 0 ? ending_here + v : v;
        if (ending_here > best) best = ending_here;
    }
    // ending_here is the best sum of a subarray ending at the block's last element: its best suffix
    return Summary{static_cast<long long>(end - begin), total, prefix, ending_here, best};
}

}  // namespace

// Every thread summarises one contiguous block; the summaries are joined in block order.
long long largestSubarraySum(std::vector<int> const& x) {
    const std::size_t n = x.size();
    std::vector<Summary> blocks(omp_get_max_threads(), Summary{0, 0, 0, 0, 0});
    int team = 1;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
#pragma omp single nowait
        team = nt;
        const std::size_t lo = n * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = n * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        blocks[t] = summarise(x, lo, hi);
    }
    Summary acc{0, 0, 0, 0, 0};
    for (int k = 0; k < team; ++k) acc = join(acc, blocks[k]);
    return acc.best;
}
