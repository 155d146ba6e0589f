#include <cmath>
#include <vector>

void sigmoidInPlace(std::vector<double>& x) {
    for (double& v : x) v = 1.0 / (1.0 + std::exp(-v));
}
