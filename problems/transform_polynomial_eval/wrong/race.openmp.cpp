#include <omp.h>
#include <vector>

// Each thread evaluates the polynomial at its own share of x into a private full-length vector
// (zeros elsewhere), then every thread copies its WHOLE vector into the shared y with no
// synchronisation, instead of only its share: the last writer wins. Right with one thread (its
// share is every element); with several, the other threads' shares are overwritten with zeros.
void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
    const std::size_t n = x.size(), degree = coefficients.size() - 1;
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        std::vector<double> mine(n, 0.0);
        for (std::size_t i = n * t / T; i < n * (t + 1) / T; ++i) {
            double value = coefficients[degree];
            for (std::size_t k = degree; k-- > 0;) value = value * x[i] + coefficients[k];
            mine[i] = value;
        }
        for (std::size_t i = 0; i < n; ++i) y[i] = mine[i];
    }
}
