#include <mpi.h>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace {

// The rank responsible for value v (a multiplicative hash spreads nearby values).
int ownerOf(int v, int size) {
    const std::uint32_t h = static_cast<std::uint32_t>(v) * 2654435761u;
    return static_cast<int>((static_cast<std::uint64_t>(h) * static_cast<std::uint64_t>(size)) >> 32);
}

}  // namespace

// Values are split among the ranks by a hash: every rank sorts the haystack values it is
// responsible for and looks up the needles it is responsible for. The answers are combined
// with a logical and.
bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    std::vector<int> mine;
    mine.reserve(haystack.size() / size + 16);
    for (int v : haystack)
        if (ownerOf(v, size) == rank) mine.push_back(v);
    std::sort(mine.begin(), mine.end(), [](int a, int b) { return a < b; });

    int ok = 1;
    const std::size_t n = mine.size();
    for (int v : needles) {
        if (ownerOf(v, size) != rank) continue;
        std::size_t lo = 0, hi = n;
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (mine[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        if (lo == n || mine[lo] != v) {
            ok = 0;
            break;
        }
    }
    int all = 0;
    MPI_Reduce(&ok, &all, 1, MPI_INT, MPI_LAND, 0, MPI_COMM_WORLD);
    return all != 0;
}
