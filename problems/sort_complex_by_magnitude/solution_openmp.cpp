#include <omp.h>
#include <algorithm>
#include <complex>
#include <cstddef>
#include <vector>

namespace {

using Complex = std::complex<double>;

bool smaller_magnitude(const Complex& a, const Complex& b) { return std::abs(a) < std::abs(b); }

// Number of elements of a[0, na) among the first k outputs of the stable merge of a and b.
std::size_t split_point(std::size_t k, const Complex* a, std::size_t na, const Complex* b, std::size_t nb) {
    std::size_t lo = k > nb ? k - nb : 0, hi = std::min(k, na);
    while (lo < hi) {
        const std::size_t i = lo + (hi - lo) / 2;  // here 1 <= k - i <= nb
        if (smaller_magnitude(b[k - i - 1], a[i])) hi = i;
        else lo = i + 1;
    }
    return lo;
}

// One merge round, run by every thread of the team: runs [start[r], start[r+1]) of src are merged
// pairwise (run r with run r + width, for r a multiple of 2 * width) into dst. Each thread writes
// its own equal slice of the output positions, whichever pairs that slice crosses.
void merge_round(const Complex* src, Complex* dst, const std::vector<std::size_t>& start, int runs, int width,
                 int thread, int threads) {
    const std::size_t n = start[runs];
    const std::size_t s0 = n * thread / threads, s1 = n * (thread + 1) / threads;
    for (int r = 0; r < runs; r += 2 * width) {
        const std::size_t lo = start[r];
        const std::size_t mid = start[std::min(r + width, runs)];
        const std::size_t hi = start[std::min(r + 2 * width, runs)];
        const std::size_t k0 = std::max(lo, s0), k1 = std::min(hi, s1);
        if (k0 >= k1) continue;
        const Complex* a = src + lo;
        const Complex* b = src + mid;
        const std::size_t na = mid - lo, nb = hi - mid;
        const std::size_t i0 = split_point(k0 - lo, a, na, b, nb), i1 = split_point(k1 - lo, a, na, b, nb);
        std::merge(a + i0, a + i1, b + (k0 - lo - i0), b + (k1 - lo - i1), dst + k0, smaller_magnitude);
    }
}

}  // namespace

void sortByMagnitude(std::vector<Complex>& x) {
    const std::size_t n = x.size();
    std::vector<Complex> other(n);
    bool in_other = false;
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
        std::vector<std::size_t> start(threads + 1);
        for (int r = 0; r <= threads; ++r) start[r] = n * r / threads;

        // every thread sorts one contiguous chunk
        std::sort(x.begin() + start[t], x.begin() + start[t + 1], smaller_magnitude);
#pragma omp barrier

        // then all threads merge the chunks pairwise, ping-ponging between the two buffers
        Complex* src = x.data();
        Complex* dst = other.data();
        for (int width = 1; width < threads; width *= 2) {
            merge_round(src, dst, start, threads, width, t, threads);
            std::swap(src, dst);
#pragma omp barrier
        }
#pragma omp single
        in_other = src != x.data();
    }
    if (in_other) x.swap(other);
}
