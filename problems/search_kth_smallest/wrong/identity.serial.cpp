#include <vector>

// Wrong on purpose: a trivial answer, the first element.
int kthSmallest(std::vector<int> const& x, std::size_t k) {
    (void)k;
    return x[0];
}
