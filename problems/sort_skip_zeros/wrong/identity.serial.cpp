#include <vector>

// Wrong on purpose: leaves x unchanged.
void sortSkippingZeros(std::vector<int>& x) {
    (void)x;
}
