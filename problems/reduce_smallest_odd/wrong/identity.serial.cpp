#include <vector>

// Wrong on purpose: returns the first element instead of the smallest odd value.
int smallestOddValue(std::vector<int> const& x) {
    return x.empty() ? 0 : x[0];
}
