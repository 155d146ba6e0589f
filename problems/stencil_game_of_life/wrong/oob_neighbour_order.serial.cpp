#include <vector>

void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    const std::size_t total = rows * cols;
    std::vector<int> next(total);
    for (int g = 0; g < generations; ++g) {
        for (std::size_t i = 0; i < rows; ++i) {
            for (std::size_t j = 0; j < cols; ++j) {
                int live = 0;
                for (int di = -1; di <= 1; ++di)
                    for (int dj = -1; dj <= 1; ++dj) {
                        if (di == 0 && dj == 0) continue;
                        const long r = static_cast<long>(i) + di, c = static_cast<long>(j) + dj;
                        if (r < 0 || c < 0 || r >= static_cast<long>(rows) || c >= static_cast<long>(cols)) continue;
                        live += board[static_cast<std::size_t>(r) * cols + static_cast<std::size_t>(c)];
                    }
                const int self = board[i * cols + j];
                next[i * cols + j] = (live == 3 || (live == 2 && self == 1)) ? 1 : 0;
            }
        }
        // copy back, one element too far: reads past the end of next
        for (std::size_t k = 0; k <= total; ++k) {
            volatile int v = next[k];
            if (k < total) board[k] = v;
        }
    }
}
