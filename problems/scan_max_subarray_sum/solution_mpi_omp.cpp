#include <mpi.h>
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
    return Summary{static_cast<long long>(end - begin), total, prefix, ending_here, best};
}

}  // namespace

// Each rank's block is split into one piece per thread; the pieces' summaries are joined into the
// rank's summary, and rank 0 joins the ranks' summaries in rank order.
long long largestSubarraySum(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * static_cast<std::size_t>(rank) / static_cast<std::size_t>(size);
    const std::size_t end = n * static_cast<std::size_t>(rank + 1) / static_cast<std::size_t>(size);
    const std::size_t len = end - begin;

    std::vector<Summary> pieces(omp_get_max_threads(), Summary{0, 0, 0, 0, 0});
    int team = 1;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
#pragma omp single nowait
        team = nt;
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = begin + len * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        pieces[t] = summarise(x, lo, hi);
    }
    Summary mine{0, 0, 0, 0, 0};
    for (int k = 0; k < team; ++k) mine = join(mine, pieces[k]);

    std::vector<Summary> all(rank == 0 ? size : 0);
    MPI_Gather(&mine, 5, MPI_LONG_LONG, all.data(), 5, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
    if (rank != 0) return 0;
    Summary acc{0, 0, 0, 0, 0};
    for (const Summary& s : all) acc = join(acc, s);
    return acc.best;
}
