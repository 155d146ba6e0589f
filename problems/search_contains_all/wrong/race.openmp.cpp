// Race: each thread counts the needles it finds in its share, then ASSIGNS its count to the
// shared total with no synchronisation (last writer wins). With one thread the count is complete;
// with several, the total is one thread's count only, so a haystack holding every needle is
// reported as missing some.
#include <omp.h>
#include <algorithm>
#include <vector>

bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    std::vector<int> sorted(haystack);
    std::sort(sorted.begin(), sorted.end());
    const long q = static_cast<long>(needles.size());
    long found = 0;
#pragma omp parallel
    {
        long mine = 0;
#pragma omp for schedule(static)
        for (long i = 0; i < q; ++i)
            if (std::binary_search(sorted.begin(), sorted.end(), needles[i])) ++mine;
        found = mine;
    }
    return found == q;
}
