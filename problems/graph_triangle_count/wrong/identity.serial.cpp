#include <vector>

// Wrong on purpose: a trivial value, as if the graph had no triangles.
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    (void)offsets;
    (void)neighbors;
    return 0;
}
