#include <vector>

// Wrong on purpose: returns the input unchanged, the direct edge lengths.
void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
    (void)n;
    dist = weights;
}
