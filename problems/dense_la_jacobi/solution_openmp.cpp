#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    std::vector<double> prev(N, 0.0), next(N);
    const long n = static_cast<long>(N);
    int k = 0;
    while (k < maxIter) {
        ++k;
        double change = 0.0;
        // rows are independent within one iteration: each thread takes a block of rows and
        // the largest update is combined with a max reduction
#pragma omp parallel for reduction(max : change) schedule(static)
        for (long i = 0; i < n; ++i) {
            const double* row = &A[static_cast<size_t>(i) * N];
            double s = 0.0;
            for (long j = 0; j < n; ++j) s += row[j] * prev[j];
            s -= row[i] * prev[i];
            next[i] = (b[i] - s) / row[i];
            change = std::fmax(change, std::fabs(next[i] - prev[i]));
        }
        prev.swap(next);
        if (change < tol) break;
    }
    x = prev;
    return k;
}
