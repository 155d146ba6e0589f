#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

struct Entry {
    double value;
    std::size_t index;
};

}  // namespace

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    const std::size_t n = x.size();
    std::vector<Entry> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = Entry{x[i], i};
    std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) { return a.value < b.value; });
    for (std::size_t pos = 0; pos < n; ++pos) ranks[order[pos].index] = pos;
}
