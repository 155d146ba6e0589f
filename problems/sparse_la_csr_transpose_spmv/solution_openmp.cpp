#include <cstddef>
#include <omp.h>
#include <vector>

// First row whose nonzeros start at or after position target (rowPtr is nondecreasing).
static size_t firstRowAtOrAfter(std::vector<size_t> const& rowPtr, size_t M, size_t target) {
    size_t lo = 0, hi = M;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (rowPtr[mid] < target) lo = mid + 1; else hi = mid;
    }
    return lo;
}

void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
    const size_t nnz = rowPtr[M];
    std::vector<std::vector<double>> partial;
#pragma omp parallel
    {
        const size_t t = static_cast<size_t>(omp_get_thread_num());
        const size_t T = static_cast<size_t>(omp_get_num_threads());
#pragma omp single
        partial.resize(T);
        // every thread scatters a block of rows holding about the same number of nonzeros into
        // a full-length vector of its own (allocated and zeroed by that thread)
        std::vector<double>& mine = partial[t];
        mine.assign(N, 0.0);
        const size_t begin = t == 0 ? 0 : firstRowAtOrAfter(rowPtr, M, nnz * t / T);
        const size_t end = t + 1 == T ? M : firstRowAtOrAfter(rowPtr, M, nnz * (t + 1) / T);
        for (size_t i = begin; i < end; ++i) {
            const double xi = x[i];
            for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) mine[colIdx[k]] += values[k] * xi;
        }
#pragma omp barrier
        // then the columns are split among the threads, each summing every thread's vector
#pragma omp for schedule(static)
        for (size_t j = 0; j < N; ++j) {
            double s = 0.0;
            for (size_t u = 0; u < T; ++u) s += partial[u][j];
            y[j] = s;
        }
    }
}
