#include <array>
#include <cstddef>
#include <vector>

void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    bins.fill(0);
    for (int v : x) ++bins[v / 10];
}
