#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank runs Floyd-Warshall using only the pivots of its own block of
// vertices, so paths through vertices owned by other ranks are never found.
void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int kNone = 1 << 29;
    const std::size_t N = static_cast<std::size_t>(n);
    for (std::size_t i = 0; i < N * N; ++i) dist[i] = weights[i] < 0 ? kNone : weights[i];
    for (long long k = static_cast<long long>(n) * rank / size; k < static_cast<long long>(n) * (rank + 1) / size; ++k)
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = 0; j < N; ++j)
                if (dist[i * N + k] + dist[k * N + j] < dist[i * N + j]) dist[i * N + j] = dist[i * N + k] + dist[k * N + j];
    for (std::size_t i = 0; i < N * N; ++i)
        if (dist[i] >= kNone) dist[i] = -1;
}
