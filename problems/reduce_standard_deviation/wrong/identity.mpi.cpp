#include <cmath>
#include <vector>

// Wrong on purpose: returns the first element instead of the standard deviation.
double populationStdDev(std::vector<double> const& x) {
    return x[0];
}
