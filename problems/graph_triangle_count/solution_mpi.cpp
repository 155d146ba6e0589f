#include <mpi.h>
#include <vector>

namespace {

// First position in [lo, hi) of the sorted list whose value is greater than x.
int firstAbove(std::vector<int> const& list, int lo, int hi, int x) {
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (list[mid] <= x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

}  // namespace

// Each triangle a < b < c is counted by the rank that owns its smallest vertex a. Vertices are
// dealt out cyclically, which balances the work when degrees vary along the numbering.
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = static_cast<int>(offsets.size()) - 1;
    long long local = 0;
    for (int a = rank; a < n; a += size) {
        const int aEnd = offsets[a + 1];
        for (int k = firstAbove(neighbors, offsets[a], aEnd, a); k < aEnd; ++k) {
            const int b = neighbors[k];
            int i = k + 1;
            int j = firstAbove(neighbors, offsets[b], offsets[b + 1], b);
            const int bEnd = offsets[b + 1];
            while (i < aEnd && j < bEnd) {
                const int x = neighbors[i], y = neighbors[j];
                if (x == y) {
                    ++local;
                    ++i;
                    ++j;
                } else if (x < y) {
                    ++i;
                } else {
                    ++j;
                }
            }
        }
    }
    long long total = 0;
    MPI_Reduce(&local, &total, 1, MPI_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
