#include <algorithm>
#include <cstddef>
#include <vector>

void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
    // Gustavson's algorithm: a symbolic pass counts the distinct columns of each row of C, a
    // numeric pass accumulates the row in a dense array and writes it out in column order
    std::vector<size_t> mark(N, M);
    cRowPtr = std::vector<size_t>(M + 1, 0);
    for (size_t i = 0; i < M; ++i) {
        size_t count = 0;
        for (size_t p = aRowPtr[i]; p < aRowPtr[i + 1]; ++p) {
            const size_t k = aColIdx[p];
            for (size_t q = bRowPtr[k]; q < bRowPtr[k + 1]; ++q)
                if (mark[bColIdx[q]] != i) {
                    mark[bColIdx[q]] = i;
                    ++count;
                }
        }
        cRowPtr[i + 1] = cRowPtr[i] + count;
    }
    cColIdx = std::vector<size_t>(cRowPtr[M]);
    cValues = std::vector<double>(cRowPtr[M]);
    std::vector<double> acc(N, 0.0);
    std::fill(mark.begin(), mark.end(), M);
    for (size_t i = 0; i < M; ++i) {
        size_t* cols = cColIdx.data() + cRowPtr[i];
        size_t count = 0;
        for (size_t p = aRowPtr[i]; p < aRowPtr[i + 1]; ++p) {
            const size_t k = aColIdx[p];
            const double a = aValues[p];
            for (size_t q = bRowPtr[k]; q < bRowPtr[k + 1]; ++q) {
                const size_t j = bColIdx[q];
                if (mark[j] != i) {
                    mark[j] = i;
                    acc[j] = 0.0;
                    cols[count++] = j;
                }
                acc[j] += a * bValues[q];
            }
        }
        std::sort(cols, cols + count);
        for (size_t t = 0; t < count; ++t) cValues[cRowPtr[i] + t] = acc[cols[t]];
    }
}
