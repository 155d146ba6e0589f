#include <cstddef>
#include <vector>

std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
    const std::size_t m = queries.size();
    std::vector<int> out(m);
    if (m == 0) return out;
    const int n = static_cast<int>(sorted.size());
    double q = queries[0];
    for (std::size_t i = 0; i < m; ++i) {
        const double target = q;
        q = queries[i + 1];  // reads one query past the end on the last iteration
        int lo = 0, hi = n;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (sorted[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        out[i] = lo;
    }
    return out;
}
