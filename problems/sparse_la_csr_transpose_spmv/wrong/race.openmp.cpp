#include <cstddef>
#include <omp.h>
#include <vector>

// Race: each thread sums its block of rows into a private vector correctly, then ASSIGNS (not
// adds) its nonzero entries to the shared y with no synchronisation, so where several threads
// touched a column the last writer wins. Right with one thread, wrong with several.
void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
    for (size_t j = 0; j < N; ++j) y[j] = 0.0;
#pragma omp parallel
    {
        std::vector<double> mine(N, 0.0);
#pragma omp for schedule(static)
        for (size_t i = 0; i < M; ++i) {
            const double xi = x[i];
            for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) mine[colIdx[k]] += values[k] * xi;
        }
        for (size_t j = 0; j < N; ++j)
            if (mine[j] != 0.0) y[j] = mine[j];
    }
}
