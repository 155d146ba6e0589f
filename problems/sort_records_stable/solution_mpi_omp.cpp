#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

namespace {

bool keyLess(const Record& a, const Record& b) { return a.key < b.key; }

// Stable LSD radix sort of a[0, n) by key with the threads of this rank: per-thread digit
// counts over static blocks, offsets bucket by bucket then thread by thread, scatter in order.
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
    if (range == 0) return;
    const int bits = 32 - __builtin_clz(range);
    const int passes = (bits + 10) / 11;
    const int digit = (bits + passes - 1) / passes;
    const long buckets = 1L << digit;
    const std::uint32_t mask = static_cast<std::uint32_t>(buckets - 1);

    std::unique_ptr<Record[]> scratch(new Record[n]);
    std::vector<long> offsets;
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

// How many of the first k outputs of the stable merge of x[0, m) and y[0, l) come from x
// (ties go to x).
long coRank(long k, const Record* x, long m, const Record* y, long l) {
    long lo = std::max(0L, k - l), hi = std::min(k, m);
    while (lo < hi) {
        const long i = lo + (hi - lo) / 2;
        if (x[i].key <= y[k - i - 1].key) lo = i + 1;  // x[i] precedes y[k-i-1]: take more of x
        else hi = i;
    }
    return lo;
}

// Stable merge of x[0, m) and y[0, l) into out, the output split evenly among the threads.
void parallelMerge(const Record* x, long m, const Record* y, long l, Record* out) {
    const long total = m + l;
#pragma omp parallel
    {
        const int nt = omp_get_num_threads();
        const int tid = omp_get_thread_num();
        const long k0 = total * tid / nt, k1 = total * (tid + 1) / nt;
        const long i0 = coRank(k0, x, m, y, l), i1 = coRank(k1, x, m, y, l);
        std::merge(x + i0, x + i1, y + (k0 - i0), y + (k1 - i1), out + k0, keyLess);
    }
}

}  // namespace

// Every rank radix-sorts its block with its threads; the sorted blocks are gathered in place on
// rank 0, which merges neighbouring runs pairwise (ties from the earlier run) with its threads.
void stableSortByKey(std::vector<Record>& records) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = records.size();
    std::vector<std::size_t> start(size + 1);
    for (int r = 0; r <= size; ++r) start[r] = n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);

    radixSortByKey(records.data() + start[rank], static_cast<long>(start[rank + 1] - start[rank]));

    if (rank != 0) {
        MPI_Gatherv(records.data() + start[rank], static_cast<int>((start[rank + 1] - start[rank]) * sizeof(Record)),
                    MPI_BYTE, nullptr, nullptr, nullptr, MPI_BYTE, 0, MPI_COMM_WORLD);
        return;
    }
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        counts[r] = static_cast<int>((start[r + 1] - start[r]) * sizeof(Record));
        displs[r] = static_cast<int>(start[r] * sizeof(Record));
    }
    MPI_Gatherv(MPI_IN_PLACE, 0, MPI_BYTE, records.data(), counts.data(), displs.data(), MPI_BYTE, 0,
                MPI_COMM_WORLD);
    if (size == 1) return;

    std::unique_ptr<Record[]> other(new Record[n]);
    Record* src = records.data();
    Record* dst = other.get();
    for (int width = 1; width < size; width *= 2) {
        for (int r = 0; r < size; r += 2 * width) {
            const std::size_t lo = start[r];
            const std::size_t mid = start[std::min(r + width, size)];
            const std::size_t hi = start[std::min(r + 2 * width, size)];
            parallelMerge(src + lo, static_cast<long>(mid - lo), src + mid, static_cast<long>(hi - mid), dst + lo);
        }
        std::swap(src, dst);
    }
    if (src != records.data()) {
#pragma omp parallel for schedule(static)
        for (long i = 0; i < static_cast<long>(n); ++i) records[i] = src[i];
    }
}
