#include <vector>

void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
    const std::size_t degree = coefficients.size() - 1;
    for (std::size_t i = 0; i < x.size(); ++i) {
        // Horner's rule
        double value = coefficients[degree];
        for (std::size_t k = degree; k-- > 0;) value = value * x[i] + coefficients[k];
        y[i] = value;
    }
}
