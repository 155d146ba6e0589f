#include <cstddef>
#include <vector>

// Wrong on purpose: leaves B (the right-hand sides) unchanged.
void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
}
