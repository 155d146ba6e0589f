#include <vector>

// Wrong on purpose: a trivial answer, always true.
bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    (void)haystack;
    (void)needles;
    return true;
}
