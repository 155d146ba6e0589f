#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <limits>
#include <vector>

namespace {

struct alignas(64) Best {  // one cache line per thread: no false sharing
    double mismatch = 0.0;
    std::size_t offset = 0;
    bool found = false;
};

}  // namespace

// Each rank scores a contiguous block of offsets, its threads splitting the block into
// contiguous sub-blocks in thread order; each thread keeps the first offset with the smallest
// mismatch of its sub-block and the rank compares them in order. MPI_MINLOC then keeps the
// smallest mismatch and, among equal mismatches, the smallest offset.
std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = signal.size(), m = pattern.size();
    const std::size_t offsets = n - m + 1;
    const std::size_t begin = offsets * rank / size, end = offsets * (rank + 1) / size;
    const double* s = signal.data();
    const double* pat = pattern.data();

    std::vector<Best> bests;
#pragma omp parallel
    {
        const std::size_t threads = static_cast<std::size_t>(omp_get_num_threads());
        const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
#pragma omp single
        bests.resize(threads);
        const std::size_t len = end - begin;
        const std::size_t lo = begin + len * t / threads, hi = begin + len * (t + 1) / threads;
        Best mine;
        for (std::size_t p = lo; p < hi; ++p) {
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
    Best rankBest;
    for (Best const& b : bests)
        if (b.found && (!rankBest.found || b.mismatch < rankBest.mismatch)) rankBest = b;

    struct {
        double mismatch;
        int offset;
    } local{std::numeric_limits<double>::infinity(), std::numeric_limits<int>::max()}, global{0.0, 0};
    if (rankBest.found) {  // a rank with no offsets keeps (infinity, INT_MAX)
        local.mismatch = rankBest.mismatch;
        local.offset = static_cast<int>(rankBest.offset);
    }
    MPI_Reduce(&local, &global, 1, MPI_DOUBLE_INT, MPI_MINLOC, 0, MPI_COMM_WORLD);
    return static_cast<std::size_t>(global.offset);
}
