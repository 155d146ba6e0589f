#include <vector>

std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
    std::vector<int> result(queries.size());
    const int n = static_cast<int>(sorted.size());
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const double q = queries[i];
        int lo = 0, hi = n;  // the answer lies in [lo, hi]
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (sorted[mid] < q) lo = mid + 1;
            else hi = mid;
        }
        result[i] = lo;
    }
    return result;
}
