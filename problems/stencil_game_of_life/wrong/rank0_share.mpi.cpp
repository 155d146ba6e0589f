#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank advances only its own block of rows (treating the rows just outside
// it as frozen), never exchanging boundary rows and never gathering the result.
void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long long R = static_cast<long long>(rows), C = static_cast<long long>(cols);
    const long long begin = R * rank / size, end = R * (rank + 1) / size;
    auto at = [&](const std::vector<int>& b, long long i, long long j) {
        return (i < 0 || i >= R || j < 0 || j >= C) ? 0 : b[i * C + j];
    };
    std::vector<int> next(board);
    for (int g = 0; g < generations; ++g) {
        for (long long i = begin; i < end; ++i)
            for (long long j = 0; j < C; ++j) {
                int live = 0;
                for (int di = -1; di <= 1; ++di)
                    for (int dj = -1; dj <= 1; ++dj)
                        if (di != 0 || dj != 0) live += at(board, i + di, j + dj);
                next[i * C + j] = (live == 3 || (live == 2 && board[i * C + j] == 1)) ? 1 : 0;
            }
        board.swap(next);
    }
}
