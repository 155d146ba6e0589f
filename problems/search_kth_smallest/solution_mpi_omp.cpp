#include <mpi.h>
#include <omp.h>
#include <cstdint>
#include <vector>

// Distributed radix selection in two passes. An int is mapped to an unsigned key with the same
// order (sign bit flipped). Each rank counts the keys of its own block of x by their high 16
// bits, its threads each filling a histogram of their own that are then summed; MPI_Allreduce
// gives every rank the global counts, hence the bucket that holds the k-th smallest. Pass 2
// counts, among the keys of that bucket only, their low 16 bits; MPI_Reduce brings these counts
// to rank 0, which reads off the answer.

namespace {

constexpr int kBuckets = 1 << 16;

inline std::uint32_t orderKey(int v) { return static_cast<std::uint32_t>(v) ^ 0x80000000u; }

// Counts of x[begin, end) by high 16 bits of the key (high < 0), or, for high >= 0, by low 16
// bits among the keys whose high 16 bits equal high.
std::vector<unsigned long long> countBuckets(const int* x, long begin, long end, long high) {
    std::vector<unsigned long long> total(kBuckets, 0);
    std::vector<std::vector<std::uint32_t>> perThread;
#pragma omp parallel
    {
#pragma omp single
        perThread.resize(omp_get_num_threads());
        std::vector<std::uint32_t>& mine = perThread[omp_get_thread_num()];
        mine.assign(kBuckets, 0);
        if (high < 0) {
#pragma omp for schedule(static)
            for (long i = begin; i < end; ++i) ++mine[orderKey(x[i]) >> 16];
        } else {
            const std::uint32_t h = static_cast<std::uint32_t>(high);
#pragma omp for schedule(static)
            for (long i = begin; i < end; ++i) {
                const std::uint32_t key = orderKey(x[i]);
                if ((key >> 16) == h) ++mine[key & 0xFFFFu];
            }
        }
        const int threads = static_cast<int>(perThread.size());
#pragma omp for schedule(static)
        for (int b = 0; b < kBuckets; ++b) {
            unsigned long long sum = 0;
            for (int t = 0; t < threads; ++t) sum += perThread[t][b];
            total[b] = sum;
        }
    }
    return total;
}

// The bucket holding the want-th (1-based) counted key; want becomes its rank inside the bucket.
int findBucket(std::vector<unsigned long long> const& counts, unsigned long long& want) {
    for (int b = 0; b < kBuckets; ++b) {
        if (want <= counts[b]) return b;
        want -= counts[b];
    }
    return kBuckets - 1;  // not reached when 1 <= k <= x.size()
}

}  // namespace

int kthSmallest(std::vector<int> const& x, std::size_t k) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(x.size());
    const long begin = n * rank / size, end = n * (rank + 1) / size;
    unsigned long long want = k;

    std::vector<unsigned long long> counts = countBuckets(x.data(), begin, end, -1);
    MPI_Allreduce(MPI_IN_PLACE, counts.data(), kBuckets, MPI_UNSIGNED_LONG_LONG, MPI_SUM, MPI_COMM_WORLD);
    const int high = findBucket(counts, want);  // the same on every rank

    std::vector<unsigned long long> lows = countBuckets(x.data(), begin, end, high);
    std::vector<unsigned long long> totalLows(rank == 0 ? kBuckets : 0);
    MPI_Reduce(lows.data(), totalLows.data(), kBuckets, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    if (rank != 0) return 0;
    const int low = findBucket(totalLows, want);
    const std::uint32_t key = (static_cast<std::uint32_t>(high) << 16) | static_cast<std::uint32_t>(low);
    return static_cast<int>(key ^ 0x80000000u);
}
