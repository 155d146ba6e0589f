// Each thread sums A[i][j] * x[j] over its own block of columns for every row, then ASSIGNS its
// partial to the shared row sum with no synchronisation ("last writer wins"). With one thread the
// partial is the whole sum; with several, every row keeps only one thread's columns.
#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    std::vector<double> prev(N, 0.0), sums(N, 0.0);
    const long n = static_cast<long>(N);
    int k = 0;
    while (k < maxIter) {
        ++k;
#pragma omp parallel
        {
            const long t = omp_get_thread_num(), nt = omp_get_num_threads();
            const long c0 = n * t / nt, c1 = n * (t + 1) / nt;
            std::vector<double> local(N, 0.0);
            for (long i = 0; i < n; ++i) {
                const double* row = &A[static_cast<size_t>(i) * N];
                double s = 0.0;
                for (long j = c0; j < c1; ++j) s += row[j] * prev[j];
                local[i] = s;
            }
            for (long i = 0; i < n; ++i) sums[i] = local[i];
        }
        double change = 0.0;
        for (long i = 0; i < n; ++i) {
            const double* row = &A[static_cast<size_t>(i) * N];
            const double v = (b[i] - (sums[i] - row[i] * prev[i])) / row[i];
            change = std::fmax(change, std::fabs(v - prev[i]));
            sums[i] = v;
        }
        prev.swap(sums);
        if (change < tol) break;
    }
    x = prev;
    return k;
}
