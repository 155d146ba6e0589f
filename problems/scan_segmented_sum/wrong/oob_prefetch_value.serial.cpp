#include <cstddef>
#include <vector>

void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    const std::size_t n = x.size();
    if (n == 0) return;
    double acc = 0.0;
    double v = x[0];
    for (std::size_t i = 0; i < n; ++i) {
        const double cur = v;
        v = x[i + 1];  // reads one element past the end on the last iteration
        if (i == 0 || startsSegment[i]) acc = cur;
        else acc += cur;
        output[i] = acc;
    }
}
