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

// Every triangle is counted once, from its smallest vertex. The work per vertex varies a lot
// (it grows with the degree), so the vertices are handed out dynamically in small chunks.
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    const int n = static_cast<int>(offsets.size()) - 1;
    const int* off = offsets.data();
    const int* adj = neighbors.data();
    long long triangles = 0;
#pragma omp parallel for reduction(+ : triangles) schedule(dynamic, 64)
    for (int a = 0; a < n; ++a) triangles += trianglesFrom(off, adj, a);
    return triangles;
}
