#include <cmath>
#include <vector>

void sigmoidInPlace(std::vector<double>& x) {
    for (double& v : x) v = 1.0 / (1.0 + std::exp(-v));
    double* p = x.data();
    if (!x.empty()) p[x.size()] = 0.0;  // one past the end: the answer is unchanged
}
