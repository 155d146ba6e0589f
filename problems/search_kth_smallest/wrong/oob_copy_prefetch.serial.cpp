#include <algorithm>
#include <cstddef>
#include <vector>

int kthSmallest(std::vector<int> const& x, std::size_t k) {
    const std::size_t n = x.size();
    std::vector<int> y(n);
    int v = x[0];
    for (std::size_t i = 0; i < n; ++i) {
        y[i] = v;
        v = x[i + 1];  // reads one element past the end on the last iteration
    }
    std::nth_element(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(k - 1), y.end());
    return y[k - 1];
}
