#include <cstddef>
#include <vector>

// Wrong on purpose: returns b as the solution after "one" iteration.
int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
    x = b;
    return 1;
}
