#include <omp.h>
#include <vector>

// Data race: the loop-carried dependency output[i] <- output[i-1] (inside a segment) is split
// across threads, round-robin. Each output[i-1] is written by another thread than the one reading
// it, with no synchronisation, so threads read values not yet computed. One thread is right.
void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    const long n = static_cast<long>(x.size());
    if (n == 0) return;
    output[0] = x[0];
#pragma omp parallel for schedule(static, 1)
    for (long i = 1; i < n; ++i) output[i] = startsSegment[i] ? x[i] : output[i - 1] + x[i];
}
