// Each thread multiplies its own block of columns of A by x for every row, then ASSIGNS its
// partial products to the shared y with no synchronisation ("last writer wins"). With one thread
// y = A x; with several, each y[i] keeps only one thread's columns, so the iterates drift away
// from the power method's.
#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    const long n = static_cast<long>(N);
    std::vector<double> x(N, 1.0), y(N, 0.0);
    for (int it = 0; it < iterations; ++it) {
#pragma omp parallel
        {
            const long t = omp_get_thread_num(), nt = omp_get_num_threads();
            const long c0 = n * t / nt, c1 = n * (t + 1) / nt;
            std::vector<double> part(N, 0.0);
            for (long i = 0; i < n; ++i) {
                const double* row = &A[static_cast<size_t>(i) * N];
                double s = 0.0;
                for (long j = c0; j < c1; ++j) s += row[j] * x[j];
                part[i] = s;
            }
            for (long i = 0; i < n; ++i) y[i] = part[i];
        }
        double norm2 = 0.0;
        for (long i = 0; i < n; ++i) norm2 += y[i] * y[i];
        const double inv = norm2 > 0.0 ? 1.0 / std::sqrt(norm2) : 1.0;
        for (long i = 0; i < n; ++i) x[i] = y[i] * inv;
    }
    double num = 0.0, den = 0.0;
    for (long i = 0; i < n; ++i) {
        const double* row = &A[static_cast<size_t>(i) * N];
        double s = 0.0;
        for (long j = 0; j < n; ++j) s += row[j] * x[j];
        num += x[i] * s;
        den += x[i] * x[i];
    }
    return num / den;
}
