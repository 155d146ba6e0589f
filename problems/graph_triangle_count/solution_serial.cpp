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

// Every triangle a < b < c is counted once, from its edge (a, b): c is a common neighbour of a
// and b that is larger than b, found by merging the two sorted lists.
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    const int n = static_cast<int>(offsets.size()) - 1;
    long long triangles = 0;
    for (int a = 0; a < n; ++a) {
        const int aEnd = offsets[a + 1];
        for (int k = firstAbove(neighbors, offsets[a], aEnd, a); k < aEnd; ++k) {
            const int b = neighbors[k];
            int i = k + 1;
            int j = firstAbove(neighbors, offsets[b], offsets[b + 1], b);
            const int bEnd = offsets[b + 1];
            while (i < aEnd && j < bEnd) {
                const int x = neighbors[i], y = neighbors[j];
                if (x == y) {
                    ++triangles;
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
    return triangles;
}
