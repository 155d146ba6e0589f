#include <vector>

void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    if (n < 3) return;
    std::vector<double> next(grid);
    for (int s = 0; s < sweeps; ++s) {
        for (std::size_t i = 1; i + 1 < n; ++i)
            for (std::size_t j = 1; j + 1 < n; ++j)
                next[i * n + j] =
                    (grid[(i - 1) * n + j] + grid[(i + 1) * n + j] + grid[i * n + j - 1] + grid[i * n + j + 1]) / 4.0;
        grid.swap(next);
    }
}
