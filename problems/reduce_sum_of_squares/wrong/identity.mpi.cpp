#include <vector>

// Wrong on purpose: returns the input's first element (the input "unchanged") instead of the sum.
double sumOfSquares(std::vector<double> const& x) {
    return x.empty() ? 0.0 : x[0];
}
