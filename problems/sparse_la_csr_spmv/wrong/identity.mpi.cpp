#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: copies x into y instead of computing the product.
void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    for (size_t i = 0; i < M && i < N; ++i) y[i] = x[i];
}
