#include <mpi.h>
#include <cstddef>
#include <vector>

namespace {

// What one block contributes: its total, its best prefix sum, its best suffix sum and its best
// subarray sum (prefix, suffix and subarray non-empty). `count` is 0 for an empty block.
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

}  // namespace

long long largestSubarraySum(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;

    Summary mine{0, 0, 0, 0, 0};
    if (end > begin) {
        long long total = x[begin], prefix = x[begin], best = x[begin], ending_here = x[begin];
        for (std::size_t i = begin + 1; i < end; ++i) {
            const long long v = x[i];
            total += v;
            if (total > prefix) prefix = total;
            ending_here = ending_here > 0 ? ending_here + v : v;
            if (ending_here > best) best = ending_here;
        }
        // ending_here is the best sum of a subarray ending at the block's last element: its best suffix
        mine = Summary{static_cast<long long>(end - begin), total, prefix, ending_here, best};
    }

    std::vector<Summary> all(rank == 0 ? size : 0);
    MPI_Gather(&mine, 5, MPI_LONG_LONG, all.data(), 5, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
    if (rank != 0) return 0;
    Summary acc{0, 0, 0, 0, 0};
    for (const Summary& s : all) acc = join(acc, s);
    return acc.best;
}
