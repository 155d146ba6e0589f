#include <omp.h>
#include <vector>

// Every thread adds into the shared total without a reduction or atomics: with one thread the
// answer is right; with several, concurrent read-modify-writes lose updates.
double sumOfSquares(std::vector<double> const& x) {
    const long n = static_cast<long>(x.size());
    double total = 0.0;
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) total += x[i] * x[i];
    return total;
}
