#include <omp.h>
#include <vector>

double sumOfSquares(std::vector<double> const& x) {
    const long n = static_cast<long>(x.size());
    double total = 0.0;
#pragma omp parallel for reduction(+ : total) schedule(static)
    for (long i = 0; i < n; ++i) total += x[i] * x[i];
    return total;
}
