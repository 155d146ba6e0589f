#include <vector>

// Wrong on purpose: copies x to output unchanged.
void prefixSum(std::vector<double> const& x, std::vector<double>& output) {
    output = x;
}
