#include <omp.h>
#include <vector>

// Race: each generation is updated in place, row by row, keeping a private copy of the old row
// above; that is right on one thread, but split across threads a thread's first row reads the
// old row above it, which the previous thread overwrites with its last row, and that last row
// reads the row below, which the next thread has already overwritten: neighbours see new values.
void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    const long R = static_cast<long>(rows), C = static_cast<long>(cols), w = C + 2;
    std::vector<int> grid((rows + 2) * (cols + 2), 0);
    for (long i = 0; i < R; ++i)
        for (long j = 0; j < C; ++j) grid[(i + 1) * w + j + 1] = board[i * C + j];
    for (int g = 0; g < generations; ++g) {
#pragma omp parallel
        {
            std::vector<int> above(w, 0), fresh(w, 0);
            long last = -1;
#pragma omp for schedule(static)
            for (long i = 1; i <= R; ++i) {
                if (i != last + 1)  // first row of this thread's block: fetch the old row above
                    for (long j = 0; j < w; ++j) above[j] = grid[(i - 1) * w + j];
                const int* mid = &grid[i * w];
                const int* down = &grid[(i + 1) * w];
                for (long j = 1; j <= C; ++j) {
                    const int live = above[j - 1] + above[j] + above[j + 1] + mid[j - 1] + mid[j + 1] +
                                     down[j - 1] + down[j] + down[j + 1];
                    fresh[j] = (live == 3) | ((live == 2) & mid[j]);
                }
                for (long j = 1; j <= C; ++j) {
                    above[j] = grid[i * w + j];
                    grid[i * w + j] = fresh[j];
                }
                last = i;
            }
        }
    }
    for (long i = 0; i < R; ++i)
        for (long j = 0; j < C; ++j) board[i * C + j] = grid[(i + 1) * w + j + 1];
}
