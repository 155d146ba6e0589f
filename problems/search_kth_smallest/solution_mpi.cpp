#include <mpi.h>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace {

std::uint64_t mix(std::uint64_t z) {  // splitmix64 step, for pivot sampling
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

}  // namespace

// Distributed quickselect. Each rank keeps the candidates from its own block in local[lo, hi).
// Every round, each rank proposes a random candidate weighted by how many it holds; all ranks
// agree on the weighted median of the proposals as the pivot, split their candidates into
// (< pivot | == pivot | > pivot) and sum the counts to learn which part holds the answer.
int kthSmallest(std::vector<int> const& x, std::size_t k) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<int> local(x.begin() + n * rank / size, x.begin() + n * (rank + 1) / size);
    std::size_t lo = 0, hi = local.size();
    long long want = static_cast<long long>(k);  // 1-based position among the remaining candidates

    std::vector<long long> proposals(2 * size);
    for (std::uint64_t round = 0;; ++round) {
        long long mine[2] = {0, static_cast<long long>(hi - lo)};  // {value, weight}
        if (hi > lo) mine[0] = local[lo + mix(round * 1000003u + rank) % (hi - lo)];
        MPI_Allgather(mine, 2, MPI_LONG_LONG, proposals.data(), 2, MPI_LONG_LONG, MPI_COMM_WORLD);
        std::vector<std::pair<long long, long long>> byValue;
        long long total = 0;
        for (int r = 0; r < size; ++r)
            if (proposals[2 * r + 1] > 0) {
                byValue.push_back({proposals[2 * r], proposals[2 * r + 1]});
                total += proposals[2 * r + 1];
            }
        std::sort(byValue.begin(), byValue.end());
        long long seen = 0;
        int pivot = static_cast<int>(byValue.back().first);
        for (auto const& pv : byValue) {
            seen += pv.second;
            if (2 * seen >= total) {
                pivot = static_cast<int>(pv.first);
                break;
            }
        }

        const auto first = local.begin() + lo, last = local.begin() + hi;
        const auto lessEnd = std::partition(first, last, [pivot](int v) { return v < pivot; });
        const auto equalEnd = std::partition(lessEnd, last, [pivot](int v) { return v == pivot; });
        long long counts[2] = {lessEnd - first, equalEnd - lessEnd};
        MPI_Allreduce(MPI_IN_PLACE, counts, 2, MPI_LONG_LONG, MPI_SUM, MPI_COMM_WORLD);
        if (want <= counts[0]) {
            hi = lessEnd - local.begin();
        } else if (want <= counts[0] + counts[1]) {
            return pivot;
        } else {
            want -= counts[0] + counts[1];
            lo = equalEnd - local.begin();
        }
    }
}
