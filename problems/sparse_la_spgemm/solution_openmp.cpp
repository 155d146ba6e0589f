#include <algorithm>
#include <cstddef>
#include <omp.h>
#include <vector>

void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
    (void)K;
    // Gustavson's algorithm with rows of C spread over the threads, each thread holding its own
    // dense marker and accumulator: a symbolic pass counts the distinct columns of every row, a
    // prefix sum places the rows, a numeric pass fills each row in place in column order
    cRowPtr.assign(M + 1, 0);
    const long rows = static_cast<long>(M);
#pragma omp parallel
    {
        std::vector<size_t> mark(N, M);
#pragma omp for schedule(dynamic, 64)
        for (long r = 0; r < rows; ++r) {
            const size_t i = static_cast<size_t>(r);
            size_t count = 0;
            for (size_t p = aRowPtr[i]; p < aRowPtr[i + 1]; ++p) {
                const size_t k = aColIdx[p];
                for (size_t q = bRowPtr[k]; q < bRowPtr[k + 1]; ++q)
                    if (mark[bColIdx[q]] != i) {
                        mark[bColIdx[q]] = i;
                        ++count;
                    }
            }
            cRowPtr[i + 1] = count;
        }
        // implicit barrier: all row lengths are known
#pragma omp single
        {
            for (size_t i = 0; i < M; ++i) cRowPtr[i + 1] += cRowPtr[i];
            cColIdx.assign(cRowPtr[M], 0);
            cValues.assign(cRowPtr[M], 0.0);
        }
        // implicit barrier: the output arrays have their final size
        std::fill(mark.begin(), mark.end(), M);
        std::vector<double> acc(N, 0.0);
#pragma omp for schedule(dynamic, 64)
        for (long r = 0; r < rows; ++r) {
            const size_t i = static_cast<size_t>(r);
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
            double* vals = cValues.data() + cRowPtr[i];
            for (size_t t = 0; t < count; ++t) vals[t] = acc[cols[t]];
        }
    }
}
