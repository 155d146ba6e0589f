#include <vector>

// Floyd-Warshall. "No path" is held as a large value during the computation; a sum of two
// such values still fits in an int.
void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
    const int kNone = 1 << 29;
    const std::size_t N = static_cast<std::size_t>(n);
    for (std::size_t i = 0; i < N * N; ++i) dist[i] = weights[i] < 0 ? kNone : weights[i];
    for (std::size_t k = 0; k < N; ++k) {
        const int* rowK = dist.data() + k * N;
        for (std::size_t i = 0; i < N; ++i) {
            int* rowI = dist.data() + i * N;
            const int dik = rowI[k];
            if (dik == kNone) continue;
            for (std::size_t j = 0; j < N; ++j) {
                const int through = dik + rowK[j];
                rowI[j] = through < rowI[j] ? through : rowI[j];
            }
        }
    }
    for (std::size_t i = 0; i < N * N; ++i)
        if (dist[i] >= kNone) dist[i] = -1;
}
