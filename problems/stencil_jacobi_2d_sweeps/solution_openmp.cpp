#include <omp.h>
#include <vector>

// One parallel region for all sweeps: the interior rows of each sweep are split statically over
// the threads (every row costs the same), and the implicit barrier of the `omp for` separates the
// sweeps. Each thread swaps its own copies of the two buffer pointers.
void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    if (n < 3 || sweeps <= 0) return;
    const long N = static_cast<long>(n);
    std::vector<double> next(grid);
    double* const a = grid.data();
    double* const b = next.data();
#pragma omp parallel
    {
        const double* cur = a;
        double* nxt = b;
        for (int s = 0; s < sweeps; ++s) {
#pragma omp for schedule(static)
            for (long i = 1; i < N - 1; ++i) {
                const double* up = cur + (i - 1) * N;
                const double* mid = cur + i * N;
                const double* down = cur + (i + 1) * N;
                double* out = nxt + i * N;
                for (long j = 1; j < N - 1; ++j) out[j] = (up[j] + down[j] + mid[j - 1] + mid[j + 1]) / 4.0;
            }
            const double* t = cur;
            cur = nxt;
            nxt = const_cast<double*>(t);
        }
    }
    // after an odd number of sweeps the newest values are in `next`
    if (sweeps % 2 == 1) grid.swap(next);
}
