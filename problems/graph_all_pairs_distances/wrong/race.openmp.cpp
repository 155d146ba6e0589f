// Data race: the pivots k are shared out among the threads; each thread runs Floyd-Warshall on a
// private copy of the matrix using only its own pivots and then ASSIGNS its copy to the shared
// dist with no synchronisation, so the last writer wins and paths that need another thread's
// pivots are lost. One thread gives the right distances; two or more leave some too long or -1.
#include <omp.h>
#include <vector>

void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
    const int kNone = 1 << 29;
    const long N = n;
#pragma omp parallel
    {
        std::vector<int> local(static_cast<std::size_t>(N * N));
        for (long idx = 0; idx < N * N; ++idx) local[idx] = weights[idx] < 0 ? kNone : weights[idx];
#pragma omp for schedule(static) nowait
        for (long k = 0; k < N; ++k) {
            const int* rowK = local.data() + k * N;
            for (long i = 0; i < N; ++i) {
                if (i == k) continue;
                int* rowI = local.data() + i * N;
                const int dik = rowI[k];
                if (dik == kNone) continue;
                for (long j = 0; j < N; ++j) {
                    const int through = dik + rowK[j];
                    rowI[j] = through < rowI[j] ? through : rowI[j];
                }
            }
        }
        for (long idx = 0; idx < N * N; ++idx) dist[idx] = local[idx] >= kNone ? -1 : local[idx];
    }
}
