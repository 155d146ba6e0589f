#include <cstddef>
#include <omp.h>
#include <vector>

// Race: every thread correctly computes its own rows into a private full-length copy of y (zeros
// elsewhere), then assigns (not merges) the whole copy to the shared y with no synchronisation:
// the last writer wins each entry, so with several threads other threads' rows end up zero.
// Right with one thread.
void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    (void)N;
    const long rows = static_cast<long>(M);
#pragma omp parallel
    {
        std::vector<double> mine(M, 0.0);
#pragma omp for schedule(static)
        for (long i = 0; i < rows; ++i) {
            double s = 0.0;
            for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * x[colIdx[k]];
            mine[i] = s;
        }
        for (size_t i = 0; i < M; ++i) y[i] = mine[i];
    }
}
