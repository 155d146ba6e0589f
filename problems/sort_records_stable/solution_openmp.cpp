#include <omp.h>
#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

namespace {

// Stable LSD radix sort of a[0, n) by key. Each pass: every thread counts the digits of its
// static block, the offsets are laid out bucket by bucket and, inside a bucket, thread by thread
// (so earlier blocks come first), then every thread scatters its block in input order.
void radixSortByKey(Record* a, long n) {
    if (n < 2) return;
    int kmin = a[0].key, kmax = a[0].key;
#pragma omp parallel for reduction(min : kmin) reduction(max : kmax) schedule(static)
    for (long i = 0; i < n; ++i) {
        kmin = std::min(kmin, a[i].key);
        kmax = std::max(kmax, a[i].key);
    }
    const std::uint32_t base = static_cast<std::uint32_t>(kmin);
    const std::uint32_t range = static_cast<std::uint32_t>(kmax) - base;
    if (range == 0) return;  // one key: already in order
    const int bits = 32 - __builtin_clz(range);
    const int passes = (bits + 10) / 11;  // digits of at most 11 bits
    const int digit = (bits + passes - 1) / passes;
    const long buckets = 1L << digit;
    const std::uint32_t mask = static_cast<std::uint32_t>(buckets - 1);

    std::unique_ptr<Record[]> scratch(new Record[n]);
    std::vector<long> offsets;  // row t: thread t's counts, then its write positions
#pragma omp parallel
    {
        const int nt = omp_get_num_threads();
        const int tid = omp_get_thread_num();
#pragma omp single
        offsets.assign(static_cast<std::size_t>(nt) * buckets, 0);
        const long lo = n * tid / nt, hi = n * (tid + 1) / nt;
        long* mine = offsets.data() + static_cast<std::size_t>(tid) * buckets;
        Record* from = a;
        Record* to = scratch.get();
        for (int p = 0; p < passes; ++p) {
            const int shift = p * digit;
            std::fill(mine, mine + buckets, 0L);
            for (long i = lo; i < hi; ++i)
                ++mine[((static_cast<std::uint32_t>(from[i].key) - base) >> shift) & mask];
#pragma omp barrier
#pragma omp single
            {
                long run = 0;
                for (long b = 0; b < buckets; ++b)
                    for (int t = 0; t < nt; ++t) {
                        long& slot = offsets[static_cast<std::size_t>(t) * buckets + b];
                        const long c = slot;
                        slot = run;
                        run += c;
                    }
            }
            for (long i = lo; i < hi; ++i)
                to[mine[((static_cast<std::uint32_t>(from[i].key) - base) >> shift) & mask]++] = from[i];
#pragma omp barrier
            std::swap(from, to);
        }
    }
    if (passes % 2 == 1) {
        const Record* s = scratch.get();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; ++i) a[i] = s[i];
    }
}

}  // namespace

void stableSortByKey(std::vector<Record>& records) {
    radixSortByKey(records.data(), static_cast<long>(records.size()));
}
