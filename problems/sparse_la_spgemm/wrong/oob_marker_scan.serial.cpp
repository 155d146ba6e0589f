#include <algorithm>
#include <cstddef>
#include <vector>

void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
    (void)K;
    std::vector<double> acc(N, 0.0);
    std::vector<char> stored(N, 0);
    std::vector<size_t> touched;
    cRowPtr.assign(1, 0);
    cColIdx.clear();
    cValues.clear();
    for (size_t i = 0; i < M; ++i) {
        touched.clear();
        for (size_t e = aRowPtr[i]; e < aRowPtr[i + 1]; ++e) {
            const size_t k = aColIdx[e];
            for (size_t f = bRowPtr[k]; f < bRowPtr[k + 1]; ++f) {
                const size_t j = bColIdx[f];
                if (!stored[j]) {
                    stored[j] = 1;
                    touched.push_back(j);
                }
                acc[j] += aValues[e] * bValues[f];
            }
        }
        std::sort(touched.begin(), touched.end());
        for (size_t j : touched) {
            cColIdx.push_back(j);
            cValues.push_back(acc[j]);
            acc[j] = 0.0;
            stored[j] = 0;
        }
        // makes sure every marker is clear again, one slot too far: reads stored[N]
        volatile int dirty = 0;
        for (size_t j = 0; j <= N; ++j) dirty = dirty + stored[j];
        cRowPtr.push_back(cColIdx.size());
    }
}
