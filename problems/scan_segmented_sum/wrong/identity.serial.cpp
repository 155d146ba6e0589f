#include <vector>

// Wrong on purpose: copies x to output unchanged.
void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    output = x;
}
