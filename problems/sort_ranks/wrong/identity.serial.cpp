#include <cstddef>
#include <vector>

// Wrong on purpose: the identity ranking (as if x were already sorted).
void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    for (std::size_t i = 0; i < x.size(); ++i) ranks[i] = i;
}
