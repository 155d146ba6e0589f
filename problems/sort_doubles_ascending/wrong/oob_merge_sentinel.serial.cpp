#include <algorithm>
#include <vector>

void sortAscending(std::vector<double>& x) {
    const std::size_t n = x.size();
    if (n < 2) return;
    std::vector<double> buffer(n);
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t lo = 0; lo < n; lo += 2 * width) {
            const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
            std::size_t a = lo, b = mid, out = lo;
            while (a < mid && b < hi) buffer[out++] = x[b] < x[a] ? x[b++] : x[a++];
            while (a < mid) buffer[out++] = x[a++];
            while (b < hi) buffer[out++] = x[b++];
        }
        // copies the merged pass back with an inclusive bound: one past the end of buffer
        for (std::size_t i = 0; i <= n; ++i) {
            volatile double v = buffer[i];
            if (i < n) x[i] = v;
        }
    }
}
