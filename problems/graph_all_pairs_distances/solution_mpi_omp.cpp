#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <vector>

namespace {

constexpr int kNone = 1 << 29;  // "no path"; a sum of two such values still fits in an int

// rowI[j] = min(rowI[j], rowI[k] + rowK[j]) for all j
inline void relax(int* rowI, const int* rowK, int k, int n) {
    const int dik = rowI[k];
    if (dik == kNone) return;
    for (int j = 0; j < n; ++j) {
        const int through = dik + rowK[j];
        rowI[j] = through < rowI[j] ? through : rowI[j];
    }
}

}  // namespace

// Floyd-Warshall on contiguous blocks of rows, one block per rank. Pivots are taken in groups of
// up to kGroup consecutive rows that one rank owns: the owner relaxes the group's rows against
// each other, broadcasts them, and every rank relaxes the rest of its rows with the group's
// pivots in order, its threads sharing those rows. Relaxing with pivot rows that are already at
// least as short as Floyd-Warshall's keeps every entry a real path length and never above the
// plain algorithm's value, so the result is exact. MPI calls stay outside the parallel regions.
void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    constexpr int kGroup = 32;
    const std::size_t N = static_cast<std::size_t>(n);
    auto first = [&](int r) { return static_cast<int>(static_cast<long long>(n) * r / size); };
    const int lo = first(rank), hi = first(rank + 1);

    std::vector<int> mine(static_cast<std::size_t>(hi - lo) * N);
    const long cells = static_cast<long>(mine.size());
    const int* wBlock = weights.data() + static_cast<std::size_t>(lo) * N;
#pragma omp parallel for schedule(static)
    for (long idx = 0; idx < cells; ++idx) mine[idx] = wBlock[idx] < 0 ? kNone : wBlock[idx];
    int* base = mine.data();
    auto row = [base, lo, N](int i) { return base + static_cast<std::size_t>(i - lo) * N; };

    std::vector<int> group(static_cast<std::size_t>(kGroup) * N);
    const int* g = group.data();
    int owner = 0;
    for (int k0 = 0; k0 < n;) {
        while (first(owner + 1) <= k0) ++owner;
        const int k1 = std::min(k0 + kGroup, first(owner + 1));
        const std::size_t count = static_cast<std::size_t>(k1 - k0) * N;
        const bool own = rank == owner;
        if (own) {
            for (int k = k0; k < k1; ++k)
                for (int i = k0; i < k1; ++i)
                    if (i != k) relax(row(i), row(k), k, n);
            std::copy(row(k0), row(k0) + count, group.begin());
        }
        MPI_Bcast(group.data(), static_cast<int>(count), MPI_INT, owner, MPI_COMM_WORLD);
#pragma omp parallel for schedule(static)
        for (int i = lo; i < hi; ++i) {
            if (own && i >= k0 && i < k1) continue;  // already done above
            int* r = row(i);
            for (int k = k0; k < k1; ++k) relax(r, g + static_cast<std::size_t>(k - k0) * N, k, n);
        }
        k0 = k1;
    }

#pragma omp parallel for schedule(static)
    for (long idx = 0; idx < cells; ++idx)
        if (mine[idx] >= kNone) mine[idx] = -1;
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        counts[r] = (first(r + 1) - first(r)) * n;
        displs[r] = first(r) * n;
    }
    MPI_Gatherv(mine.data(), static_cast<int>(mine.size()), MPI_INT, dist.data(), counts.data(),
                displs.data(), MPI_INT, 0, MPI_COMM_WORLD);
}
