#include <vector>

// Wrong on purpose: returns the first element instead of the XOR of all elements.
bool reduceLogicalXor(std::vector<bool> const& x) {
    return !x.empty() && x[0];
}
