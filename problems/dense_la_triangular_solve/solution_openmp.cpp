#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// The right-hand sides are independent: each thread runs the whole forward substitution on its
// own block of columns of B, in place. The blocks are whole groups of 8 columns (64 bytes), so
// two threads never write the same cache line.
void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
    const long n = static_cast<long>(N), k = static_cast<long>(K);
    const long groups = (k + 7) / 8;
#pragma omp parallel
    {
        const long t = omp_get_thread_num(), nt = omp_get_num_threads();
        const long c0 = std::min(k, 8 * (groups * t / nt));
        const long c1 = std::min(k, 8 * (groups * (t + 1) / nt));
        if (c0 < c1) {
            for (long i = 0; i < n; ++i) {
                double* xi = &B[static_cast<size_t>(i) * K];
                const double* li = &L[static_cast<size_t>(i) * N];
                for (long j = 0; j < i; ++j) {
                    const double l = li[j];
                    const double* xj = &B[static_cast<size_t>(j) * K];
                    for (long c = c0; c < c1; ++c) xi[c] -= l * xj[c];
                }
                const double inv = 1.0 / li[i];
                for (long c = c0; c < c1; ++c) xi[c] *= inv;
            }
        }
    }
}
