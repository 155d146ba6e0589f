#include <cstddef>
#include <vector>

void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    const std::size_t n = b.size();
    if (n == 0) return;
    y[0] = b[0];
    for (std::size_t i = 1; i < n; ++i) y[i] = a[i] * y[i - 1] + b[i];
}
