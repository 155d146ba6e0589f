#include <omp.h>
#include <cmath>
#include <vector>

void sigmoidInPlace(std::vector<double>& x) {
    const long n = static_cast<long>(x.size());
    double* v = x.data();
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) v[i] = 1.0 / (1.0 + std::exp(-v[i]));
}
