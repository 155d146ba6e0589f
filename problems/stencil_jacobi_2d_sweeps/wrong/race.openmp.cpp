// Race: each sweep updates the grid in place. Every thread sweeps its own block of rows and keeps
// a private copy of the old row above the one it is updating. The first row of a block copies the
// row just above it, and the last row reads the row just below it, but those rows belong to the
// neighbouring threads, which overwrite them during the same sweep. With one thread the in-place
// sweep is exact; with several, block-edge rows mix values from two different sweeps.
#include <omp.h>
#include <algorithm>
#include <vector>

void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    if (n < 3) return;
    const long N = static_cast<long>(n);
    double* g = grid.data();
    for (int s = 0; s < sweeps; ++s) {
#pragma omp parallel
        {
            const long nt = omp_get_num_threads(), id = omp_get_thread_num();
            const long m = N - 2;  // interior rows 1 .. N-2
            const long lo = 1 + m * id / nt, hi = 1 + m * (id + 1) / nt;
            if (lo < hi) {
                std::vector<double> up(g + (lo - 1) * N, g + lo * N);  // old row above
                std::vector<double> mid(N);
                for (long i = lo; i < hi; ++i) {
                    double* row = g + i * N;
                    const double* down = g + (i + 1) * N;
                    std::copy(row, row + N, mid.begin());  // old values of this row
                    for (long j = 1; j < N - 1; ++j) row[j] = (up[j] + down[j] + mid[j - 1] + mid[j + 1]) / 4.0;
                    up.swap(mid);
                }
            }
        }
    }
}
