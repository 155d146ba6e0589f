#include <omp.h>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace {

// The thread responsible for value v among `parts` threads (a multiplicative hash spreads
// nearby values evenly).
int partOf(int v, int parts) {
    const std::uint32_t h = static_cast<std::uint32_t>(v) * 2654435761u;
    return static_cast<int>((static_cast<std::uint64_t>(h) * static_cast<std::uint64_t>(parts)) >> 32);
}

}  // namespace

// The values are split among the threads by a hash: each thread gathers and sorts the haystack
// values it owns, then looks up the needles it owns. The answers are combined with a logical and.
bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    bool ok = true;
#pragma omp parallel reduction(&& : ok)
    {
        const int tid = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        std::vector<int> mine;
        mine.reserve(haystack.size() / nt + 16);
        for (int v : haystack)
            if (partOf(v, nt) == tid) mine.push_back(v);
        std::sort(mine.begin(), mine.end());
        const std::size_t n = mine.size();
        for (int v : needles) {
            if (partOf(v, nt) != tid) continue;
            std::size_t lo = 0, hi = n;  // binary search for the first element >= v
            while (lo < hi) {
                const std::size_t mid = lo + (hi - lo) / 2;
                if (mine[mid] < v) lo = mid + 1;
                else hi = mid;
            }
            if (lo == n || mine[lo] != v) {
                ok = false;
                break;
            }
        }
    }
    return ok;
}
