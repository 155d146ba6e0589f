#include <algorithm>
#include <vector>

int kthSmallest(std::vector<int> const& x, std::size_t k) {
    std::vector<int> y(x);
    std::nth_element(y.begin(), y.begin() + (k - 1), y.end(), [](int a, int b) { return a < b; });
    return y[k - 1];
}
