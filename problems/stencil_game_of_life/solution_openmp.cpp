#include <omp.h>
#include <vector>

void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    // work on two copies padded with a ring of dead cells, so no cell needs bounds checks; one
    // parallel region for all generations, the rows of each generation split among the threads
    const long R = static_cast<long>(rows), C = static_cast<long>(cols), w = C + 2;
    std::vector<int> bufA((rows + 2) * (cols + 2), 0), bufB((rows + 2) * (cols + 2), 0);
#pragma omp parallel
    {
        int* cur = bufA.data();
        int* next = bufB.data();
#pragma omp for schedule(static)
        for (long i = 0; i < R; ++i)
            for (long j = 0; j < C; ++j) cur[(i + 1) * w + j + 1] = board[i * C + j];
        // implicit barrier: the whole board is in place
        for (int g = 0; g < generations; ++g) {
#pragma omp for schedule(static)
            for (long i = 1; i <= R; ++i) {
                const int* up = cur + (i - 1) * w;
                const int* mid = cur + i * w;
                const int* down = cur + (i + 1) * w;
                int* out = next + i * w;
                for (long j = 1; j <= C; ++j) {
                    const int live = up[j - 1] + up[j] + up[j + 1] + mid[j - 1] + mid[j + 1] + down[j - 1] +
                                     down[j] + down[j + 1];
                    out[j] = (live == 3) | ((live == 2) & mid[j]);
                }
            }
            // implicit barrier: the generation is complete before anyone reads it; every thread
            // swaps its own pointers the same way
            int* t = cur;
            cur = next;
            next = t;
        }
#pragma omp for schedule(static)
        for (long i = 0; i < R; ++i)
            for (long j = 0; j < C; ++j) board[i * C + j] = cur[(i + 1) * w + j + 1];
    }
}
