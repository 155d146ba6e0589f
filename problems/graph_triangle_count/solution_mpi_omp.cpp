#include <mpi.h>
#include <omp.h>
#include <vector>

namespace {

// First position in [lo, hi) of the sorted list whose value is greater than x.
inline int firstAbove(const int* list, int lo, int hi, int x) {
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (list[mid] <= x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// Triangles a < b < c whose smallest vertex is a: for each larger neighbour b of a, the common
// neighbours of a and b above b, found by merging the two sorted lists.
inline long long trianglesFrom(const int* off, const int* adj, int a) {
    long long count = 0;
    const int aEnd = off[a + 1];
    for (int k = firstAbove(adj, off[a], aEnd, a); k < aEnd; ++k) {
        const int b = adj[k];
        const int bEnd = off[b + 1];
        int i = k + 1;
        int j = firstAbove(adj, off[b], bEnd, b);
        while (i < aEnd && j < bEnd) {
            const int x = adj[i], y = adj[j];
            count += x == y;
            i += x <= y;
            j += y <= x;
        }
    }
    return count;
}

}  // namespace

// Each triangle a < b < c is counted by the rank that owns its smallest vertex a. Vertices are
// dealt out cyclically over the ranks, which balances the work when degrees vary along the
// numbering; inside a rank the threads take its vertices dynamically in small chunks. The
// per-rank counts are summed on rank 0 after the parallel region.
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = static_cast<int>(offsets.size()) - 1;
    const int* off = offsets.data();
    const int* adj = neighbors.data();
    const int owned = rank < n ? (n - 1 - rank) / size + 1 : 0;  // vertices rank, rank+size, ...
    long long local = 0;
#pragma omp parallel for reduction(+ : local) schedule(dynamic, 64)
    for (int t = 0; t < owned; ++t) local += trianglesFrom(off, adj, rank + t * size);
    long long total = 0;
    MPI_Reduce(&local, &total, 1, MPI_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
