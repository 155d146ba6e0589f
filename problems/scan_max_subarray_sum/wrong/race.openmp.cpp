#include <omp.h>
#include <cstddef>
#include <vector>

// Data race ("last writer wins"): each thread runs Kadane's scan correctly over its own share,
// then ASSIGNS its best to the shared result with no synchronisation and no combining step.
// With one thread the share is all of x; with several, the result is one share's best only.
long long largestSubarraySum(std::vector<int> const& x) {
    const long n = static_cast<long>(x.size());
    long long result = x[0];
#pragma omp parallel
    {
        long long best = 0, ending_here = 0;
        bool started = false;
#pragma omp for schedule(static)
        for (long i = 0; i < n; ++i) {
            const long long v = x[i];
            ending_here = started && ending_here > 0 ? ending_here + v : v;
            if (!started || ending_here > best) best = ending_here;
            started = true;
        }
        if (started) result = best;
    }
    return result;
}
