#include <omp.h>
#include <vector>

// Floyd-Warshall. At step k the rows i != k are relaxed with row k, which does not change
// during that step (dist[k][k] is 0), so the rows are shared out among the threads; the barrier
// at the end of each `omp for` separates the steps. "No path" is held as a large value; a sum
// of two such values still fits in an int.
void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
    const int kNone = 1 << 29;
    const long N = n;
    int* d = dist.data();
    const int* w = weights.data();
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (long idx = 0; idx < N * N; ++idx) d[idx] = w[idx] < 0 ? kNone : w[idx];
        for (long k = 0; k < N; ++k) {
            const int* rowK = d + k * N;
#pragma omp for schedule(static)
            for (long i = 0; i < N; ++i) {
                if (i == k) continue;
                int* rowI = d + i * N;
                const int dik = rowI[k];
                if (dik == kNone) continue;
                for (long j = 0; j < N; ++j) {
                    const int through = dik + rowK[j];
                    rowI[j] = through < rowI[j] ? through : rowI[j];
                }
            }
        }
#pragma omp for schedule(static)
        for (long idx = 0; idx < N * N; ++idx)
            if (d[idx] >= kNone) d[idx] = -1;
    }
}
