#include <omp.h>
#include <cstdint>
#include <vector>

// Data race: radix selection whose threads each count their share of x into a private histogram
// correctly, then copy it over the shared histogram with `=` and no synchronisation (they should
// add it). For each bucket the last writer wins, so with several threads the counts are one
// thread's only and the wrong bucket (hence the wrong value) is picked; with one thread it is
// right. The bucket search is bounded, so wrong counts give a wrong answer, never a bad index.

namespace {

constexpr int kBuckets = 1 << 16;

inline std::uint32_t orderKey(int v) { return static_cast<std::uint32_t>(v) ^ 0x80000000u; }

std::vector<std::uint64_t> countBuckets(const int* x, long n, long high) {
    std::vector<std::uint64_t> total(kBuckets, 0);
#pragma omp parallel
    {
        std::vector<std::uint64_t> mine(kBuckets, 0);
#pragma omp for schedule(static)
        for (long i = 0; i < n; ++i) {
            const std::uint32_t key = orderKey(x[i]);
            if (high < 0) ++mine[key >> 16];
            else if ((key >> 16) == static_cast<std::uint32_t>(high)) ++mine[key & 0xFFFFu];
        }
        for (int b = 0; b < kBuckets; ++b) total[b] = mine[b];
    }
    return total;
}

int findBucket(std::vector<std::uint64_t> const& counts, std::uint64_t& want) {
    for (int b = 0; b < kBuckets; ++b) {
        if (want <= counts[b]) return b;
        want -= counts[b];
    }
    return kBuckets - 1;
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
