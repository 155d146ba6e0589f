#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

struct Block {
    long long len, sum, pre, suf, best;  // best prefix / suffix / subarray sums, all non-empty
};

Block merge(const Block& l, const Block& r) {
    if (l.len == 0) return r;
    if (r.len == 0) return l;
    Block m;
    m.len = l.len + r.len;
    m.sum = l.sum + r.sum;
    m.pre = std::max(l.pre, l.sum + r.pre);
    m.suf = std::max(r.suf, r.sum + l.suf);
    m.best = std::max({l.best, r.best, l.suf + r.pre});
    return m;
}

}  // namespace

long long largestSubarraySum(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t lo = n * static_cast<std::size_t>(rank) / size;
    const std::size_t hi = n * static_cast<std::size_t>(rank + 1) / size;

    Block mine{0, 0, 0, 0, 0};
    if (hi > lo) {
        long long sum = x[lo], pre = x[lo], best = x[lo], run = x[lo];
        long long next = x[lo + 1];  // the element after the current one: past the end of x on the last rank
        for (std::size_t i = lo + 1; i < hi; ++i) {
            const long long v = next;
            next = x[i + 1];
            sum += v;
            pre = std::max(pre, sum);
            run = std::max(run + v, v);
            best = std::max(best, run);
        }
        mine = Block{static_cast<long long>(hi - lo), sum, pre, run, best};
    }

    std::vector<Block> blocks(rank == 0 ? size : 0);
    MPI_Gather(&mine, 5, MPI_LONG_LONG, blocks.data(), 5, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
    if (rank != 0) return 0;
    Block acc{0, 0, 0, 0, 0};
    for (int r = 0; r < size; ++r) acc = merge(acc, blocks[r]);
    return acc.best;
}
