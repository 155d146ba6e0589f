#include <omp.h>
#include <vector>

/* coefficients holds the coefficients of a polynomial p, lowest degree first:
   p(t) = coefficients[0] + coefficients[1]*t + coefficients[2]*t^2 + ... (coefficients has at
   least one element). Set y[i] = p(x[i]) for every i. y already has the same size as x.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: coefficients=[1, -2, 0, 3], x=[0, 1, -1, 2, 0.5]
   output: y=[1, 2, 0, 21, 0.375]
*/
void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
