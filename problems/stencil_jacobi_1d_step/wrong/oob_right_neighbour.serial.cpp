#include <vector>

void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output) {
    const std::size_t n = input.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double left = i == 0 ? 0.0 : input[i - 1];
        const double next = input[i + 1];  // reads the right neighbour before checking it exists
        const double right = i + 1 < n ? next : 0.0;
        output[i] = (left + input[i] + right) / 3.0;
    }
}
