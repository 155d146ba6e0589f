#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Blocked right-looking elimination: for each block of NB pivot rows, one thread finishes the
// block's own rows, then the threads split the rows below it; each such row takes all NB pivot
// rows in one pass while it sits in cache. Every entry sees its updates in the same order as the
// plain k-i-j loop, so the result matches it.
void luFactorizeInPlace(std::vector<double> &A, size_t N) {
    const long n = static_cast<long>(N);
    const long NB = 32;
    double* a = A.data();
#pragma omp parallel
    {
        for (long r0 = 0; r0 < n; r0 += NB) {
            const long r1 = std::min(n, r0 + NB);
            // the block's own rows: little work (about NB/N of the total), so one thread does it
            // and the team meets only twice per block
#pragma omp single
            for (long k = r0; k < r1; ++k) {
                const double* p = a + k * n;
                const double inv = 1.0 / p[k];
                for (long i = k + 1; i < r1; ++i) {
                    double* row = a + i * n;
                    const double l = row[k] * inv;
                    row[k] = l;
                    for (long j = k + 1; j < n; ++j) row[j] -= l * p[j];
                }
            }
#pragma omp for schedule(static)
            for (long i = r1; i < n; ++i) {
                double* row = a + i * n;
                for (long k = r0; k < r1; ++k) {
                    const double* p = a + k * n;
                    const double l = row[k] * (1.0 / p[k]);
                    row[k] = l;
                    for (long j = k + 1; j < n; ++j) row[j] -= l * p[j];
                }
            }
        }
    }
}
