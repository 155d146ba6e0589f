// The threads split the columns right of the pivot, and every thread reads a row's entry in the
// pivot column, scales it to the multiplier and writes it back to the SHARED matrix. With one
// thread each entry is scaled once; with several, a thread that reads the entry after another
// thread rewrote it scales it again and eliminates its columns with the wrong multiplier.
#include <omp.h>
#include <cstddef>
#include <vector>

void luFactorizeInPlace(std::vector<double> &A, size_t N) {
    const long n = static_cast<long>(N);
    double* a = A.data();
    for (long k = 0; k < n; ++k) {
        const double* p = a + k * n;
        const double inv = 1.0 / p[k];
#pragma omp parallel
        {
            const long t = omp_get_thread_num(), nt = omp_get_num_threads();
            const long j0 = k + 1 + (n - k - 1) * t / nt, j1 = k + 1 + (n - k - 1) * (t + 1) / nt;
            for (long i = k + 1; i < n; ++i) {
                double* row = a + i * n;
                const double l = row[k] * inv;
                row[k] = l;
                for (long j = j0; j < j1; ++j) row[j] -= l * p[j];
            }
        }
    }
}
