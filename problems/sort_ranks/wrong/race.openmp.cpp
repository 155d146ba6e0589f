// Race: each thread sorts the (value, index) pairs of its share of x correctly, then writes them
// to the front of the shared sorted order with no synchronisation, as if they were the whole
// order ("last writer wins"). With one thread the answer is right; with several, the threads
// overwrite each other's pairs, so some indices get the wrong rank and others none.
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

struct Entry {
    double value;
    std::size_t index;
};

}  // namespace

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    const std::size_t n = x.size();
    std::vector<Entry> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = Entry{x[i], i};
#pragma omp parallel
    {
        const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
        const std::size_t threads = static_cast<std::size_t>(omp_get_num_threads());
        std::vector<Entry> share;
        for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) share.push_back(Entry{x[i], i});
        std::sort(share.begin(), share.end(), [](const Entry& a, const Entry& b) { return a.value < b.value; });
        std::copy(share.begin(), share.end(), order.begin());
#pragma omp barrier
#pragma omp for schedule(static)
        for (long pos = 0; pos < static_cast<long>(n); ++pos) ranks[order[pos].index] = static_cast<std::size_t>(pos);
    }
}
