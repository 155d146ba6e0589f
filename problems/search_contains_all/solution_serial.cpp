#include <algorithm>
#include <vector>

bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    std::vector<int> sorted(haystack);
    std::sort(sorted.begin(), sorted.end(), [](int a, int b) { return a < b; });
    const std::size_t n = sorted.size();
    for (int v : needles) {
        std::size_t lo = 0, hi = n;  // binary search for the first element >= v
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        if (lo == n || sorted[lo] != v) return false;
    }
    return true;
}
