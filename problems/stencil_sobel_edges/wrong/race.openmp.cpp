// Race: every thread computes its share of the rows correctly into a private, zero-filled
// full-size copy of edges, then assigns its whole copy to edges with no synchronisation. The
// threads overwrite each other's rows ("last writer wins"), so rows computed by the other threads
// come back as 0. With one thread the private copy holds every row and the answer is right.
#include <omp.h>
#include <cmath>
#include <vector>

void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols) {
    const std::vector<int> zeros(cols, 0);
#pragma omp parallel
    {
        std::vector<int> mine(rows * cols, 0);
#pragma omp for schedule(static) nowait
        for (long li = 0; li < static_cast<long>(rows); ++li) {
            const std::size_t i = static_cast<std::size_t>(li);
            const int* up = i > 0 ? &image[(i - 1) * cols] : zeros.data();
            const int* mid = &image[i * cols];
            const int* down = i + 1 < rows ? &image[(i + 1) * cols] : zeros.data();
            for (std::size_t j = 0; j < cols; ++j) {
                const bool l = j > 0, r = j + 1 < cols;
                const int ul = l ? up[j - 1] : 0, ur = r ? up[j + 1] : 0;
                const int ml = l ? mid[j - 1] : 0, mr = r ? mid[j + 1] : 0;
                const int dl = l ? down[j - 1] : 0, dr = r ? down[j + 1] : 0;
                const int gx = (ur + 2 * mr + dr) - (ul + 2 * ml + dl);
                const int gy = (dl + 2 * down[j] + dr) - (ul + 2 * up[j] + ur);
                mine[i * cols + j] = static_cast<int>(std::sqrt(static_cast<double>(gx * gx + gy * gy)));
            }
        }
        for (std::size_t k = 0; k < rows * cols; ++k) edges[k] = mine[k];
    }
}
