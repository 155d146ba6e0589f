#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

// Number of elements of a (sorted, length m) among the first k outputs of merging a with b
// (sorted, length nb).
std::size_t coRank(const int* a, std::size_t m, const int* b, std::size_t nb, std::size_t k) {
    std::size_t lo = k > nb ? k - nb : 0;
    std::size_t hi = std::min(k, m);
    while (lo < hi) {
        const std::size_t i = lo + (hi - lo) / 2;
        const std::size_t j = k - i;
        if (j > 0 && b[j - 1] >= a[i]) lo = i + 1;
        else hi = i;
    }
    return lo;
}

// Merges the sorted runs [bounds[r], bounds[r + 1]) of a into one sorted run, pairwise; every
// merge is split among all the threads along the merge path. The result ends in a.
void mergeRuns(std::vector<int>& a, const std::vector<std::size_t>& bounds) {
    const int runs = static_cast<int>(bounds.size()) - 1;
    if (runs <= 1) return;
    std::vector<int> tmp(a.size());
    for (int width = 1; width < runs; width *= 2) {
        const int* src = a.data();
        int* dst = tmp.data();
#pragma omp parallel
        {
            const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
            const std::size_t nt = static_cast<std::size_t>(omp_get_num_threads());
            for (int r = 0; r < runs; r += 2 * width) {
                const std::size_t lo = bounds[r];
                const std::size_t mid = bounds[std::min(r + width, runs)];
                const std::size_t hi = bounds[std::min(r + 2 * width, runs)];
                const std::size_t m = mid - lo, nb = hi - mid, len = hi - lo;
                const std::size_t k0 = len * t / nt, k1 = len * (t + 1) / nt;
                const std::size_t i0 = coRank(src + lo, m, src + mid, nb, k0);
                const std::size_t i1 = coRank(src + lo, m, src + mid, nb, k1);
                std::merge(src + lo + i0, src + lo + i1, src + mid + (k0 - i0), src + mid + (k1 - i1),
                           dst + lo + k0);
            }
        }
        a.swap(tmp);
    }
}

}  // namespace

void sortSkippingZeros(std::vector<int>& x) {
    const std::size_t n = x.size();
    const int blocks = std::max(1, omp_get_max_threads());
    std::vector<std::size_t> offsets(blocks + 1, 0);

    // count the non-zero values of every block
#pragma omp parallel for schedule(static)
    for (int b = 0; b < blocks; ++b) {
        std::size_t c = 0;
        for (std::size_t i = n * b / blocks, e = n * (b + 1) / blocks; i < e; ++i) c += x[i] != 0;
        offsets[b + 1] = c;
    }
    for (int b = 0; b < blocks; ++b) offsets[b + 1] += offsets[b];

    // every block copies its non-zero values to its own range of values and sorts them there
    std::vector<int> values(offsets[blocks]);
#pragma omp parallel for schedule(static)
    for (int b = 0; b < blocks; ++b) {
        std::size_t k = offsets[b];
        for (std::size_t i = n * b / blocks, e = n * (b + 1) / blocks; i < e; ++i)
            if (x[i] != 0) values[k++] = x[i];
        std::sort(values.begin() + offsets[b], values.begin() + offsets[b + 1]);
    }

    mergeRuns(values, offsets);

    // the k-th non-zero slot of block b takes the (offsets[b] + k)-th smallest value
#pragma omp parallel for schedule(static)
    for (int b = 0; b < blocks; ++b) {
        std::size_t k = offsets[b];
        for (std::size_t i = n * b / blocks, e = n * (b + 1) / blocks; i < e; ++i)
            if (x[i] != 0) x[i] = values[k++];
    }
}
