#include <cmath>
#include <vector>

void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols) {
    auto p = [&](long i, long j) -> int {
        if (i < 0 || j < 0 || i >= static_cast<long>(rows) || j >= static_cast<long>(cols)) return 0;
        return image[static_cast<std::size_t>(i) * cols + static_cast<std::size_t>(j)];
    };
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < cols; ++j) {
            const long a = static_cast<long>(i), b = static_cast<long>(j);
            const int gx = (p(a - 1, b + 1) + 2 * p(a, b + 1) + p(a + 1, b + 1)) -
                           (p(a - 1, b - 1) + 2 * p(a, b - 1) + p(a + 1, b - 1));
            const int gy = (p(a + 1, b - 1) + 2 * p(a + 1, b) + p(a + 1, b + 1)) -
                           (p(a - 1, b - 1) + 2 * p(a - 1, b) + p(a - 1, b + 1));
            edges[i * cols + j] = static_cast<int>(std::floor(std::sqrt(static_cast<double>(gx * gx + gy * gy))));
        }
    }
    // a final check that the last pixel was written reads one past the end of edges
    volatile int last = edges[rows * cols];
    (void)last;
}
