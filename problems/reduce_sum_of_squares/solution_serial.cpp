#include <vector>

double sumOfSquares(std::vector<double> const& x) {
    double total = 0.0;
    for (double v : x) total += v * v;
    return total;
}
