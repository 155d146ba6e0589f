// Data race: every thread counts the triangles of its own block of vertices correctly, then
// ASSIGNS its count to the shared total with no synchronisation, so the last writer wins and
// the other threads' triangles are lost. One thread gives the right count; two or more too few.
#include <omp.h>
#include <vector>

long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    const int n = static_cast<int>(offsets.size()) - 1;
    long long triangles = 0;
#pragma omp parallel
    {
        long long mine = 0;
#pragma omp for schedule(static)
        for (int a = 0; a < n; ++a) {
            const int aEnd = offsets[a + 1];
            for (int k = offsets[a]; k < aEnd; ++k) {
                const int b = neighbors[k];
                if (b <= a) continue;
                int i = k + 1, j = offsets[b];
                const int bEnd = offsets[b + 1];
                while (i < aEnd && j < bEnd) {
                    const int x = neighbors[i], y = neighbors[j];
                    if (x == y) {
                        if (x > b) ++mine;
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
        triangles = mine;
    }
    return triangles;
}
