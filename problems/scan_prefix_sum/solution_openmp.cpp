#include <omp.h>
#include <cstddef>
#include <vector>

namespace {

// Sum of x[begin, end) with four independent partial sums (keeps the adds pipelined).
double blockSum(std::vector<double> const& x, std::size_t begin, std::size_t end) {
    double part[4] = {0.0, 0.0, 0.0, 0.0};
    std::size_t j = begin;
    for (; j + 4 <= end; j += 4)
        for (int k = 0; k < 4; ++k) part[k] += x[j + k];
    for (; j < end; ++j) part[0] += x[j];
    return (part[0] + part[1]) + (part[2] + part[3]);
}

// Scans x[begin, end) into output, starting from `running`. Each group of four is summed on its
// own first, so the value carried from group to group costs one add per four elements.
void scanBlock(std::vector<double> const& x, std::vector<double>& output, std::size_t begin, std::size_t end,
               double running) {
    std::size_t i = begin;
    for (; i + 4 <= end; i += 4) {
        const double a = x[i], b = a + x[i + 1], c = b + x[i + 2], d = c + x[i + 3];
        output[i] = running + a;
        output[i + 1] = running + b;
        output[i + 2] = running + c;
        output[i + 3] = running + d;
        running += d;
    }
    for (; i < end; ++i) {
        running += x[i];
        output[i] = running;
    }
}

// One thread's block total per round, two rounds' worth (see below), on its own cache line.
struct alignas(64) Slot {
    double total[2];
};

}  // namespace

// The scan is memory-bound, so x is processed in rounds of one cache-sized piece per thread, and
// each piece is read from memory once. In every round each thread (1) sums its piece, then, after a
// barrier, (2) scans it (still in cache) from the offset of everything before it: the running total
// of the earlier rounds plus the sums of the earlier pieces of this round. Every thread keeps the
// running total itself (same additions in the same order); the round's sums alternate between two
// slots, so a thread that starts the next round never overwrites a sum another thread still reads.
void prefixSum(std::vector<double> const& x, std::vector<double>& output) {
    const std::size_t n = x.size();
    const std::size_t piece = std::size_t(1) << 17;  // 1 MiB of doubles per thread and round
    std::vector<Slot> slot(omp_get_max_threads());

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const std::size_t nt = static_cast<std::size_t>(omp_get_num_threads());
        double carry = 0.0;  // sum of every element before this round
        int parity = 0;
        for (std::size_t base = 0; base < n; base += piece * nt, parity ^= 1) {
            const std::size_t span = n - base < piece * nt ? n - base : piece * nt;
            const std::size_t lo = base + span * static_cast<std::size_t>(t) / nt;
            const std::size_t hi = base + span * static_cast<std::size_t>(t + 1) / nt;
            slot[t].total[parity] = blockSum(x, lo, hi);
#pragma omp barrier
            double offset = carry;
            for (int k = 0; k < t; ++k) offset += slot[k].total[parity];
            scanBlock(x, output, lo, hi, offset);
            for (std::size_t k = 0; k < nt; ++k) carry += slot[k].total[parity];
        }
    }
}
