// For each row, the threads split the earlier rows j < i: each thread subtracts its share of
// L[i][j] * x_j from a private copy of the right-hand side and then ASSIGNS that copy to the
// shared row of B with no synchronisation ("last writer wins"). With one thread the row gets the
// whole sum; with several it keeps only one thread's share.
#include <omp.h>
#include <cstddef>
#include <vector>

void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
    const long n = static_cast<long>(N), k = static_cast<long>(K);
    const std::vector<double> rhs = B;
#pragma omp parallel
    {
        const long t = omp_get_thread_num(), nt = omp_get_num_threads();
        std::vector<double> acc(K);
        for (long i = 0; i < n; ++i) {
            const long j0 = i * t / nt, j1 = i * (t + 1) / nt;
            for (long c = 0; c < k; ++c) acc[c] = rhs[static_cast<size_t>(i) * K + c];
            for (long j = j0; j < j1; ++j) {
                const double l = L[static_cast<size_t>(i) * N + j];
                for (long c = 0; c < k; ++c) acc[c] -= l * B[static_cast<size_t>(j) * K + c];
            }
            for (long c = 0; c < k; ++c) B[static_cast<size_t>(i) * K + c] = acc[c];
#pragma omp barrier
#pragma omp single
            {
                const double inv = 1.0 / L[static_cast<size_t>(i) * N + i];
                for (long c = 0; c < k; ++c) B[static_cast<size_t>(i) * K + c] *= inv;
            }
        }
    }
}
