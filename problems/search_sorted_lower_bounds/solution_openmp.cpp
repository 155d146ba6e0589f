#include <omp.h>
#include <vector>

// The queries are independent: the threads split them evenly, each answering its share by
// binary search and writing its own contiguous block of the result.
std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
    const long q = static_cast<long>(queries.size());
    const int n = static_cast<int>(sorted.size());
    const double* s = sorted.data();
    std::vector<int> result(queries.size());
#pragma omp parallel for schedule(static)
    for (long i = 0; i < q; ++i) {
        const double x = queries[i];
        int lo = 0, hi = n;  // the answer lies in [lo, hi]
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (s[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        result[i] = lo;
    }
    return result;
}
