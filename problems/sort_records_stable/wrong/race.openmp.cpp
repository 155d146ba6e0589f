// Race: a parallel counting sort in which every thread ASSIGNS its own per-bucket counts to the
// shared bucket totals (last writer wins) instead of adding them. With one thread the totals are
// right; with several, each total holds one thread's count only, so the buckets start too early
// and records overwrite one another. (Every write position stays below the right one: in bounds.)
#include <omp.h>
#include <algorithm>
#include <cstdint>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

void stableSortByKey(std::vector<Record>& records) {
    const long n = static_cast<long>(records.size());
    if (n < 2) return;
    int kmin = records[0].key, kmax = records[0].key;
    for (const Record& r : records) {
        kmin = std::min(kmin, r.key);
        kmax = std::max(kmax, r.key);
    }
    const std::uint32_t base = static_cast<std::uint32_t>(kmin);
    const std::uint32_t range = static_cast<std::uint32_t>(kmax) - base;
    if (range == 0) return;
    const int bits = 32 - __builtin_clz(range);
    const int passes = (bits + 10) / 11;
    const int digit = (bits + passes - 1) / passes;
    const long buckets = 1L << digit;
    const std::uint32_t mask = static_cast<std::uint32_t>(buckets - 1);

    std::vector<Record> scratch(records);
    std::vector<long> total(buckets), start(buckets);
    std::vector<std::vector<long>> counts;
#pragma omp parallel
    {
        const int nt = omp_get_num_threads();
        const int tid = omp_get_thread_num();
#pragma omp single
        counts.assign(nt, std::vector<long>(buckets));
        const long lo = n * tid / nt, hi = n * (tid + 1) / nt;
        std::vector<long>& mine = counts[tid];
        Record* from = records.data();
        Record* to = scratch.data();
        for (int p = 0; p < passes; ++p) {
            const int shift = p * digit;
            std::fill(mine.begin(), mine.end(), 0L);
            for (long i = lo; i < hi; ++i)
                ++mine[((static_cast<std::uint32_t>(from[i].key) - base) >> shift) & mask];
            for (long b = 0; b < buckets; ++b) total[b] = mine[b];
#pragma omp barrier
#pragma omp single
            {
                long run = 0;
                for (long b = 0; b < buckets; ++b) {
                    start[b] = run;
                    run += total[b];
                }
            }
            std::vector<long> pos(buckets);
            for (long b = 0; b < buckets; ++b) {
                pos[b] = start[b];
                for (int t = 0; t < tid; ++t) pos[b] += counts[t][b];
            }
            for (long i = lo; i < hi; ++i)
                to[pos[((static_cast<std::uint32_t>(from[i].key) - base) >> shift) & mask]++] = from[i];
#pragma omp barrier
            std::swap(from, to);
        }
    }
    if (passes % 2 == 1) records.swap(scratch);
}
