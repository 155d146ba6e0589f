#include <vector>

// Wrong on purpose: leaves x unchanged.
void sigmoidInPlace(std::vector<double>& x) {
    (void)x;
}
