#include <vector>

void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    // work on a copy padded with a ring of dead cells, so no cell needs bounds checks
    const std::size_t w = cols + 2;
    std::vector<int> cur((rows + 2) * w, 0), next((rows + 2) * w, 0);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) cur[(i + 1) * w + j + 1] = board[i * cols + j];
    for (int g = 0; g < generations; ++g) {
        for (std::size_t i = 1; i <= rows; ++i) {
            const int* up = &cur[(i - 1) * w];
            const int* mid = &cur[i * w];
            const int* down = &cur[(i + 1) * w];
            int* out = &next[i * w];
            for (std::size_t j = 1; j <= cols; ++j) {
                const int live = up[j - 1] + up[j] + up[j + 1] + mid[j - 1] + mid[j + 1] + down[j - 1] + down[j] +
                                 down[j + 1];
                out[j] = (live == 3) | ((live == 2) & mid[j]);  // branch-free, so it vectorizes
            }
        }
        cur.swap(next);
    }
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) board[i * cols + j] = cur[(i + 1) * w + j + 1];
}
