#include <omp.h>
#include <vector>

// Data race: each thread answers its share of the queries correctly into a private buffer as
// long as the whole result (zeros outside its share), then copies the WHOLE buffer over the
// shared result with no synchronisation (it should copy its share only). Element by element the
// last writer wins, so with several threads other threads' answers are overwritten by zeros;
// with one thread it is right.
std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
    const long q = static_cast<long>(queries.size());
    const int n = static_cast<int>(sorted.size());
    std::vector<int> result(queries.size(), 0);
#pragma omp parallel
    {
        std::vector<int> mine(queries.size(), 0);
#pragma omp for schedule(static)
        for (long i = 0; i < q; ++i) {
            int lo = 0, hi = n;
            while (lo < hi) {
                const int mid = lo + (hi - lo) / 2;
                if (sorted[mid] < queries[i]) lo = mid + 1;
                else hi = mid;
            }
            mine[i] = lo;
        }
        for (long i = 0; i < q; ++i) result[i] = mine[i];
    }
    return result;
}
