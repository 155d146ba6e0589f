#include <cstddef>
#include <omp.h>
#include <vector>

// first row i in [lo, hi] with rowPtr[i] >= target
static size_t firstRowAtOrAfter(std::vector<size_t> const& rowPtr, size_t lo, size_t hi, size_t target) {
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (rowPtr[mid] < target) lo = mid + 1; else hi = mid;
    }
    return lo;
}

void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    (void)N;
    const size_t nnz = rowPtr[M];
#pragma omp parallel
    {
        // every thread takes a contiguous block of rows holding about the same number of nonzeros
        const size_t t = static_cast<size_t>(omp_get_thread_num());
        const size_t nt = static_cast<size_t>(omp_get_num_threads());
        const size_t begin = t == 0 ? 0 : firstRowAtOrAfter(rowPtr, 0, M, nnz * t / nt);
        const size_t end = t + 1 == nt ? M : firstRowAtOrAfter(rowPtr, 0, M, nnz * (t + 1) / nt);
        for (size_t i = begin; i < end; ++i) {
            double s = 0.0;
            for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * x[colIdx[k]];
            y[i] = s;
        }
    }
}
