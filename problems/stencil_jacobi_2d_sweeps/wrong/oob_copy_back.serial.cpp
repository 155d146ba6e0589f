#include <vector>

void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    if (n < 3) return;
    std::vector<double> old(n * n);
    for (int s = 0; s < sweeps; ++s) {
        for (std::size_t k = 0; k <= n * n; ++k) {
            volatile double v = grid[k];  // inclusive bound: reads one past the end of grid
            if (k < n * n) old[k] = v;
        }
        for (std::size_t i = 1; i + 1 < n; ++i)
            for (std::size_t j = 1; j + 1 < n; ++j)
                grid[i * n + j] = (old[(i - 1) * n + j] + old[(i + 1) * n + j] + old[i * n + j - 1] +
                                   old[i * n + j + 1]) * 0.25;
    }
}
