#include <cmath>
#include <cstddef>
#include <vector>

double populationStdDev(std::vector<double> const& x) {
    const std::size_t n = x.size();
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) sum += x[i];
    const double mean = sum / static_cast<double>(n);
    double squares = 0.0;
    double next = x[0];
    for (std::size_t i = 0; i < n; ++i) {
        const double d = next - mean;
        next = x[i + 1];  // reads one element past the end on the last iteration
        squares += d * d;
    }
    return std::sqrt(squares / static_cast<double>(n));
}
