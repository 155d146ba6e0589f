#include <vector>

// Wrong on purpose: returns the input unchanged.
std::vector<int> collatzStepCounts(std::vector<int> const& x) {
    return x;
}
