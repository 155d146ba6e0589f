#include <vector>

// Wrong on purpose: returns the first element instead of the best subarray sum.
long long largestSubarraySum(std::vector<int> const& x) {
    return x[0];
}
