#include <vector>

// Wrong on purpose: leaves the board unchanged.
void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    (void)board;
    (void)rows;
    (void)cols;
    (void)generations;
}
