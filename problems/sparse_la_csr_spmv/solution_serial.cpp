#include <cstddef>
#include <vector>

void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    for (size_t i = 0; i < M; ++i) {
        double s = 0.0;
        for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * x[colIdx[k]];
        y[i] = s;
    }
}
