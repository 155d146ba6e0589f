#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    const std::size_t n = x.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    // writes through an inclusive bound on the scratch table: one past the end of position
    std::vector<std::size_t> position(n);
    for (std::size_t r = 0; r <= n; ++r) position[r] = r < n ? order[r] : 0;
    for (std::size_t r = 0; r < n; ++r) ranks[position[r]] = r;
}
