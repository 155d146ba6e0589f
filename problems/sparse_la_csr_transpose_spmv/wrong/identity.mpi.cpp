#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: computes A x (the untransposed product, where it fits) instead of A^T x.
void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
    for (size_t i = 0; i < M && i < N; ++i) {
        double s = 0.0;
        for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k)
            if (colIdx[k] < M) s += values[k] * x[colIdx[k]];
        y[i] = s;
    }
}
