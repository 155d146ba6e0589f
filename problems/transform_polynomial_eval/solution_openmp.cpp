#include <omp.h>
#include <vector>

void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
    const std::size_t degree = coefficients.size() - 1;
    const double* c = coefficients.data();
    const long n = static_cast<long>(x.size());
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) {
        // Horner's rule
        const double t = x[i];
        double value = c[degree];
        for (std::size_t k = degree; k-- > 0;) value = value * t + c[k];
        y[i] = value;
    }
}
