#include <cstddef>
#include <vector>

void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    const std::size_t n = b.size();
    if (n == 0) return;
    y[0] = b[0];
    // loads the coefficients of step i+1 ahead of time, one past the end on the last step (and at once when n == 1)
    double an = a[1], bn = b[1];
    for (std::size_t i = 1; i < n; ++i) {
        const double ai = an, bi = bn;
        an = a[i + 1];
        bn = b[i + 1];
        y[i] = ai * y[i - 1] + bi;
    }
}
