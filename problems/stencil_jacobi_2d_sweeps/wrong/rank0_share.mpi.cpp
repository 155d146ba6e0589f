#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank sweeps only its own block of rows, never exchanging boundary rows
// and never gathering the result.
void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (n < 3) return;
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    std::vector<double> next(grid);
    for (int s = 0; s < sweeps; ++s) {
        for (std::size_t i = begin; i < end; ++i) {
            if (i == 0 || i + 1 == n) continue;
            for (std::size_t j = 1; j + 1 < n; ++j)
                next[i * n + j] =
                    (grid[(i - 1) * n + j] + grid[(i + 1) * n + j] + grid[i * n + j - 1] + grid[i * n + j + 1]) / 4.0;
        }
        grid.swap(next);
    }
}
