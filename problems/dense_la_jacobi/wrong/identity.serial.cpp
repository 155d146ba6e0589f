#include <cstddef>
#include <vector>

// Wrong on purpose: returns b as the solution after "one" iteration.
int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    x = b;
    return 1;
}
