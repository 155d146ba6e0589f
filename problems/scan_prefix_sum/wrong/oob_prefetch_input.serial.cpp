#include <cstddef>
#include <vector>

void prefixSum(std::vector<double> const& x, std::vector<double>& output) {
    const std::size_t n = x.size();
    if (n == 0) return;
    double sum = 0.0;
    double next = x[0];
    for (std::size_t i = 0; i < n; ++i) {
        sum += next;
        next = x[i + 1];  // reads one element past the end on the last iteration
        output[i] = sum;
    }
}
