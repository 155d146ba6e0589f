#include <omp.h>
#include <cmath>
#include <vector>

// Data race ("last writer wins"): each thread sums the squared deviations of its own share
// correctly, then ASSIGNS its partial to the shared total with no synchronisation. With one
// thread the partial is the whole sum; with several, the total keeps only one thread's share.
double populationStdDev(std::vector<double> const& x) {
    const long n = static_cast<long>(x.size());
    double sum = 0.0;
#pragma omp parallel for reduction(+ : sum) schedule(static)
    for (long i = 0; i < n; ++i) sum += x[i];
    const double mean = sum / static_cast<double>(n);

    double squares = 0.0;
#pragma omp parallel
    {
        double partial = 0.0;
#pragma omp for schedule(static)
        for (long i = 0; i < n; ++i) {
            const double d = x[i] - mean;
            partial += d * d;
        }
        squares = partial;
    }
    return std::sqrt(squares / static_cast<double>(n));
}
