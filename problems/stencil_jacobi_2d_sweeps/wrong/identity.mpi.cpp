#include <vector>

// Wrong on purpose: leaves the grid unchanged.
void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    (void)grid;
    (void)n;
    (void)sweeps;
}
