#include <mpi.h>
#include <algorithm>
#include <vector>

namespace {

constexpr int kNone = 1 << 29;  // "no path"; a sum of two such values still fits in an int

// rowI[j] = min(rowI[j], rowI[k] + rowK[j]) for all j
void relax(int* rowI, const int* rowK, int k, int n) {
    const int dik = rowI[k];
    if (dik == kNone) return;
    for (int j = 0; j < n; ++j) {
        const int through = dik + rowK[j];
        rowI[j] = through < rowI[j] ? through : rowI[j];
    }
}

}  // namespace

// Floyd-Warshall with the rows dealt out in contiguous blocks. The pivots k are taken in groups
// of up to kGroup consecutive rows owned by one rank: the owner first relaxes the group's rows
// against each other (so each is at least as good as the row Floyd-Warshall would use at its
// step), then broadcasts the group, and every rank relaxes its own rows with the group's pivots
// in order. Using pivot rows that are already shorter keeps every entry a real path length and
// never above the plain algorithm's value, so the result is exact, with n/kGroup broadcasts.
void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    constexpr int kGroup = 32;
    const std::size_t N = static_cast<std::size_t>(n);
    auto first = [&](int r) { return static_cast<int>(static_cast<long long>(n) * r / size); };
    const int lo = first(rank), hi = first(rank + 1);

    std::vector<int> mine(static_cast<std::size_t>(hi - lo) * N);
    for (std::size_t idx = 0; idx < mine.size(); ++idx) {
        const int w = weights[static_cast<std::size_t>(lo) * N + idx];
        mine[idx] = w < 0 ? kNone : w;
    }
    auto row = [&](int i) { return mine.data() + static_cast<std::size_t>(i - lo) * N; };

    std::vector<int> group(static_cast<std::size_t>(kGroup) * N);
    int owner = 0;
    for (int k0 = 0; k0 < n;) {
        while (first(owner + 1) <= k0) ++owner;
        const int k1 = std::min(k0 + kGroup, first(owner + 1));
        const std::size_t count = static_cast<std::size_t>(k1 - k0) * N;
        if (rank == owner) {
            for (int k = k0; k < k1; ++k)
                for (int i = k0; i < k1; ++i) relax(row(i), row(k), k, n);
            std::copy(row(k0), row(k0) + count, group.begin());
        }
        MPI_Bcast(group.data(), static_cast<int>(count), MPI_INT, owner, MPI_COMM_WORLD);
        for (int i = lo; i < hi; ++i) {
            if (rank == owner && i >= k0 && i < k1) continue;  // already done above
            for (int k = k0; k < k1; ++k) relax(row(i), group.data() + static_cast<std::size_t>(k - k0) * N, k, n);
        }
        k0 = k1;
    }

    for (int& v : mine)
        if (v >= kNone) v = -1;
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        counts[r] = (first(r + 1) - first(r)) * n;
        displs[r] = first(r) * n;
    }
    MPI_Gatherv(mine.data(), static_cast<int>(mine.size()), MPI_INT, dist.data(), counts.data(),
                displs.data(), MPI_INT, 0, MPI_COMM_WORLD);
}
