#include <cmath>
#include <vector>

double populationStdDev(std::vector<double> const& x) {
    const double n = static_cast<double>(x.size());
    double sum = 0.0;
    for (double v : x) sum += v;
    const double mean = sum / n;
    double squares = 0.0;
    for (double v : x) squares += (v - mean) * (v - mean);
    return std::sqrt(squares / n);
}
