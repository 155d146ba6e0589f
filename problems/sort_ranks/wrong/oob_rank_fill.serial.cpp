#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    const std::size_t n = x.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    // counts ties by looking at the next entry of order: one past its end at the last one
    volatile std::size_t ties = 0;
    for (std::size_t r = 0; r < n; ++r) {
        ties = ties + (order[r + 1] == order[r]);
        ranks[order[r]] = r;
    }
}
