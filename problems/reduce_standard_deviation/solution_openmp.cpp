#include <omp.h>
#include <cmath>
#include <vector>

double populationStdDev(std::vector<double> const& x) {
    const long n = static_cast<long>(x.size());
    double sum = 0.0;
#pragma omp parallel for reduction(+ : sum) schedule(static)
    for (long i = 0; i < n; ++i) sum += x[i];
    const double mean = sum / static_cast<double>(n);

    double squares = 0.0;
#pragma omp parallel for reduction(+ : squares) schedule(static)
    for (long i = 0; i < n; ++i) {
        const double d = x[i] - mean;
        squares += d * d;
    }
    return std::sqrt(squares / static_cast<double>(n));
}
