#include <cstddef>
#include <vector>

void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
    for (size_t j = 0; j < N; ++j) y[j] = 0.0;
    if (M == 0) return;
    double xi = x[0];
    for (size_t i = 0; i < M; ++i) {
        const double cur = xi;
        xi = x[i + 1];  // reads the next row's x before checking there is one
        for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) y[colIdx[k]] += values[k] * cur;
    }
}
