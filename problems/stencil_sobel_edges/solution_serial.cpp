#include <cmath>
#include <vector>

void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols) {
    const std::vector<int> zeros(cols, 0);  // the row above the first and below the last
    for (std::size_t i = 0; i < rows; ++i) {
        const int* up = i > 0 ? &image[(i - 1) * cols] : zeros.data();
        const int* mid = &image[i * cols];
        const int* down = i + 1 < rows ? &image[(i + 1) * cols] : zeros.data();
        for (std::size_t j = 0; j < cols; ++j) {
            const bool has_left = j > 0, has_right = j + 1 < cols;
            const int ul = has_left ? up[j - 1] : 0, ur = has_right ? up[j + 1] : 0;
            const int ml = has_left ? mid[j - 1] : 0, mr = has_right ? mid[j + 1] : 0;
            const int dl = has_left ? down[j - 1] : 0, dr = has_right ? down[j + 1] : 0;
            const int gx = (ur + 2 * mr + dr) - (ul + 2 * ml + dl);
            const int gy = (dl + 2 * down[j] + dr) - (ul + 2 * up[j] + ur);
            edges[i * cols + j] = static_cast<int>(std::sqrt(static_cast<double>(gx * gx + gy * gy)));
        }
    }
}
