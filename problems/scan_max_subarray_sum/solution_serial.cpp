#include <cstddef>
#include <vector>

long long largestSubarraySum(std::vector<int> const& x) {
    long long best = x[0];
    long long ending_here = x[0];  // best sum of a subarray that ends at the current index
    for (std::size_t i = 1; i < x.size(); ++i) {
        const long long v = x[i];
        ending_here = ending_here > 0 ? ending_here + v : v;
        if (ending_here > best) best = ending_here;
    }
    return best;
}
