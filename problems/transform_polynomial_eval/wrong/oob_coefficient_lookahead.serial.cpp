#include <vector>

void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
    const std::size_t n = coefficients.size();
    for (std::size_t i = 0; i < x.size(); ++i) {
        double power = 1.0, sum = 0.0;
        double c = coefficients[0];
        for (std::size_t k = 0; k < n; ++k) {
            const double current = c;
            c = coefficients[k + 1];  // reads the next coefficient: one past the end at k = n - 1
            sum += current * power;
            power *= x[i];
        }
        y[i] = sum;
    }
}
