#include <algorithm>
#include <cstddef>
#include <omp.h>
#include <vector>

// Race: the structure of C is computed correctly, but every thread accumulates the values of its
// own rows into a private full-length copy of cValues (zeros elsewhere) and then assigns (not
// merges) the whole copy to the shared cValues with no synchronisation: the last writer wins each
// entry, so with several threads other threads' rows end up zero. Right with one thread.
void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
    (void)K;
    cRowPtr.assign(M + 1, 0);
    std::vector<size_t> mark(N, M);
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
    const size_t total = cRowPtr[M];
    cColIdx.assign(total, 0);
    cValues.assign(total, 0.0);
    const long rows = static_cast<long>(M);
#pragma omp parallel
    {
        std::vector<size_t> seen(N, M);
        std::vector<double> acc(N, 0.0), mine(total, 0.0);
#pragma omp for schedule(static)
        for (long r = 0; r < rows; ++r) {
            const size_t i = static_cast<size_t>(r);
            size_t* cols = cColIdx.data() + cRowPtr[i];
            size_t count = 0;
            for (size_t p = aRowPtr[i]; p < aRowPtr[i + 1]; ++p) {
                const size_t k = aColIdx[p];
                const double a = aValues[p];
                for (size_t q = bRowPtr[k]; q < bRowPtr[k + 1]; ++q) {
                    const size_t j = bColIdx[q];
                    if (seen[j] != i) {
                        seen[j] = i;
                        acc[j] = 0.0;
                        cols[count++] = j;
                    }
                    acc[j] += a * bValues[q];
                }
            }
            std::sort(cols, cols + count);
            for (size_t t = 0; t < count; ++t) mine[cRowPtr[i] + t] = acc[cols[t]];
        }
        for (size_t t = 0; t < total; ++t) cValues[t] = mine[t];
    }
}
