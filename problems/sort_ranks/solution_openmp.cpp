#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

struct Entry {
    double value;
    std::size_t index;
};

bool by_value(const Entry& a, const Entry& b) { return a.value < b.value; }

// How many of the first k elements of merge(a[0, na), b[0, nb)) come from a.
std::size_t taken_from_a(std::size_t k, const Entry* a, std::size_t na, const Entry* b, std::size_t nb) {
    std::size_t lo = k > nb ? k - nb : 0;
    std::size_t hi = std::min(k, na);
    while (lo < hi) {
        const std::size_t i = (lo + hi) / 2;
        if (by_value(b[k - i - 1], a[i])) hi = i;  // b[k-i-1] is output before a[i]: at most i from a
        else lo = i + 1;
    }
    return lo;
}

// Called by every thread of the team: merges the sorted runs [bound[r], bound[r+1]) of src in
// pairs (r with r + width, r a multiple of 2 * width) into dst. Thread t fills its own equal
// share of the output positions, so the work is balanced whatever the pairs' lengths.
void merge_pass(const Entry* src, Entry* dst, const std::vector<std::size_t>& bound, int width, int t,
                int threads) {
    const int runs = static_cast<int>(bound.size()) - 1;
    const std::size_t total = bound[runs];
    const std::size_t out_lo = total * t / threads, out_hi = total * (t + 1) / threads;
    for (int r = 0; r < runs; r += 2 * width) {
        const std::size_t lo = bound[r];
        const std::size_t mid = bound[std::min(r + width, runs)];
        const std::size_t hi = bound[std::min(r + 2 * width, runs)];
        const std::size_t k0 = std::max(lo, out_lo), k1 = std::min(hi, out_hi);
        if (k0 >= k1) continue;
        const Entry* a = src + lo;
        const Entry* b = src + mid;
        const std::size_t ia = taken_from_a(k0 - lo, a, mid - lo, b, hi - mid);
        const std::size_t ib = taken_from_a(k1 - lo, a, mid - lo, b, hi - mid);
        std::merge(a + ia, a + ib, b + (k0 - lo - ia), b + (k1 - lo - ib), dst + k0, by_value);
    }
}

}  // namespace

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    const std::size_t n = x.size();
    std::vector<Entry> entries(n), buffer(n);
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
        std::vector<std::size_t> bound(threads + 1);
        for (int r = 0; r <= threads; ++r) bound[r] = n * r / threads;

        // each thread pairs its chunk of x with the indices and sorts those pairs by value
        for (std::size_t i = bound[t]; i < bound[t + 1]; ++i) entries[i] = Entry{x[i], i};
        std::sort(entries.data() + bound[t], entries.data() + bound[t + 1], by_value);
#pragma omp barrier

        // all threads merge the sorted chunks pairwise, alternating between the two arrays
        Entry* src = entries.data();
        Entry* dst = buffer.data();
        for (int width = 1; width < threads; width *= 2) {
            merge_pass(src, dst, bound, width, t, threads);
            std::swap(src, dst);
#pragma omp barrier
        }

        // the entry at sorted position pos gives its index rank pos (every index exactly once)
        for (std::size_t pos = bound[t]; pos < bound[t + 1]; ++pos) ranks[src[pos].index] = pos;
    }
}
