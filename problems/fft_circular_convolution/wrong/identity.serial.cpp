#include <cstddef>
#include <vector>

// Wrong on purpose: returns the pointwise product a[n] * b[n] instead of the convolution.
void circularConvolution(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> &c) {
    for (size_t n = 0; n < a.size(); ++n) c[n] = a[n] * b[n];
}
