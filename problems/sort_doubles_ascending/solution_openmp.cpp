#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

// How many of the first k elements of merge(a[0, na), b[0, nb)) come from a (ties taken from a
// first, as std::merge does).
std::size_t taken_from_a(std::size_t k, const double* a, std::size_t na, const double* b, std::size_t nb) {
    std::size_t lo = k > nb ? k - nb : 0;
    std::size_t hi = std::min(k, na);
    while (lo < hi) {
        const std::size_t i = (lo + hi) / 2;
        if (b[k - i - 1] < a[i]) hi = i;  // b[k-i-1] is output before a[i]: at most i from a
        else lo = i + 1;
    }
    return lo;
}

// Called by every thread of the team: merges the sorted runs [bound[r], bound[r+1]) of src in
// pairs (r with r + width, r a multiple of 2 * width) into dst. Thread t fills its own equal
// share of the output positions, so the work is balanced whatever the pairs' lengths.
void merge_pass(const double* src, double* dst, const std::vector<std::size_t>& bound, int width, int t,
                int threads) {
    const int runs = static_cast<int>(bound.size()) - 1;
    const std::size_t first = bound[0], total = bound[runs] - first;
    const std::size_t out_lo = first + total * t / threads, out_hi = first + total * (t + 1) / threads;
    for (int r = 0; r < runs; r += 2 * width) {
        const std::size_t lo = bound[r];
        const std::size_t mid = bound[std::min(r + width, runs)];
        const std::size_t hi = bound[std::min(r + 2 * width, runs)];
        const std::size_t k0 = std::max(lo, out_lo), k1 = std::min(hi, out_hi);
        if (k0 >= k1) continue;
        const double* a = src + lo;
        const double* b = src + mid;
        const std::size_t ia = taken_from_a(k0 - lo, a, mid - lo, b, hi - mid);
        const std::size_t ib = taken_from_a(k1 - lo, a, mid - lo, b, hi - mid);
        std::merge(a + ia, a + ib, b + (k0 - lo - ia), b + (k1 - lo - ib), dst + k0);
    }
}

}  // namespace

void sortAscending(std::vector<double>& x) {
    const std::size_t n = x.size();
    std::vector<double> buffer(n);
    bool result_in_buffer = false;
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
        std::vector<std::size_t> bound(threads + 1);
        for (int r = 0; r <= threads; ++r) bound[r] = n * r / threads;

        // each thread sorts one contiguous chunk of x
        std::sort(x.data() + bound[t], x.data() + bound[t + 1]);
#pragma omp barrier

        // all threads then merge the sorted chunks pairwise, alternating between x and buffer
        double* src = x.data();
        double* dst = buffer.data();
        for (int width = 1; width < threads; width *= 2) {
            merge_pass(src, dst, bound, width, t, threads);
            std::swap(src, dst);
#pragma omp barrier
        }
        if (t == 0) result_in_buffer = src != x.data();
    }
    if (result_in_buffer) x.swap(buffer);
}
