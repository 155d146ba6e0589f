#include <array>
#include <cstddef>
#include <vector>

// Wrong on purpose: copies the first ten input values into the bins instead of counting.
void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    for (std::size_t i = 0; i < bins.size(); ++i) bins[i] = i < x.size() ? static_cast<std::size_t>(x[i]) : 0;
}
