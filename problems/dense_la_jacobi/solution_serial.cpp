#include <cmath>
#include <cstddef>
#include <vector>

int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    std::vector<double> prev(N, 0.0), next(N);
    int k = 0;
    while (k < maxIter) {
        ++k;
        double change = 0.0;
        for (size_t i = 0; i < N; ++i) {
            const double* row = &A[i * N];
            double s = 0.0;
            for (size_t j = 0; j < N; ++j) s += row[j] * prev[j];
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
