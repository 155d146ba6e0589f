#include <cstddef>
#include <vector>

void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    (void)N;
    for (size_t i = 0; i < M; ++i) {
        const size_t begin = rowPtr[i], end = rowPtr[i + 1];
        volatile size_t afterNext = rowPtr[i + 2];  // peeks at the next row's end: past rowPtr on the last row
        (void)afterNext;
        double sum = 0.0;
        for (size_t k = begin; k < end; ++k) sum += values[k] * x[colIdx[k]];
        y[i] = sum;
    }
}
