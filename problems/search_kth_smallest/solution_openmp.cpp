#include <omp.h>
#include <cstdint>
#include <vector>

// Radix selection in two passes over x. An int is mapped to an unsigned key with the same order
// (sign bit flipped). Pass 1 counts the keys by their high 16 bits and finds the bucket that
// holds the k-th smallest; pass 2 counts, among the keys of that bucket only, their low 16 bits,
// which pins the answer down exactly. Each thread counts its share of x into a histogram of its
// own; the histograms are then summed bucket by bucket, the buckets split among the threads.

namespace {

constexpr int kBuckets = 1 << 16;

inline std::uint32_t orderKey(int v) { return static_cast<std::uint32_t>(v) ^ 0x80000000u; }

// Counts of x[0, n) by high 16 bits of the key (high < 0), or, for high >= 0, by low 16 bits
// among the keys whose high 16 bits equal high.
std::vector<std::uint64_t> countBuckets(const int* x, long n, long high) {
    std::vector<std::uint64_t> total(kBuckets, 0);
    std::vector<std::vector<std::uint32_t>> perThread;
#pragma omp parallel
    {
#pragma omp single
        perThread.resize(omp_get_num_threads());
        std::vector<std::uint32_t>& mine = perThread[omp_get_thread_num()];
        mine.assign(kBuckets, 0);
        if (high < 0) {
#pragma omp for schedule(static)
            for (long i = 0; i < n; ++i) ++mine[orderKey(x[i]) >> 16];
        } else {
            const std::uint32_t h = static_cast<std::uint32_t>(high);
#pragma omp for schedule(static)
            for (long i = 0; i < n; ++i) {
                const std::uint32_t key = orderKey(x[i]);
                if ((key >> 16) == h) ++mine[key & 0xFFFFu];
            }
        }
        // the implicit barrier of the loop above: every histogram is complete here
        const int threads = static_cast<int>(perThread.size());
#pragma omp for schedule(static)
        for (int b = 0; b < kBuckets; ++b) {
            std::uint64_t sum = 0;
            for (int t = 0; t < threads; ++t) sum += perThread[t][b];
            total[b] = sum;
        }
    }
    return total;
}

// The bucket holding the want-th (1-based) counted key; want becomes its rank inside the bucket.
int findBucket(std::vector<std::uint64_t> const& counts, std::uint64_t& want) {
    for (int b = 0; b < kBuckets; ++b) {
        if (want <= counts[b]) return b;
        want -= counts[b];
    }
    return kBuckets - 1;  // not reached when 1 <= k <= x.size()
}

}  // namespace

int kthSmallest(std::vector<int> const& x, std::size_t k) {
    const long n = static_cast<long>(x.size());
    std::uint64_t want = k;
    const int high = findBucket(countBuckets(x.data(), n, -1), want);
    const int low = findBucket(countBuckets(x.data(), n, high), want);
    const std::uint32_t key = (static_cast<std::uint32_t>(high) << 16) | static_cast<std::uint32_t>(low);
    return static_cast<int>(key ^ 0x80000000u);
}
