#include <vector>

// Wrong on purpose: copies x unchanged to y.
void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
    (void)coefficients;
    y = x;
}
