#include <mpi.h>
#include <algorithm>
#include <vector>

// Row-block decomposition with deep ghost zones: every `depth` generations each rank receives
// `depth` rows from each neighbour, then advances `depth` generations with no further messages,
// recomputing a shrinking band of its neighbours' rows. Rows carry a dead cell at each end.
void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (generations <= 0 || rows == 0 || cols == 0) return;

    const long long R = static_cast<long long>(rows), C = static_cast<long long>(cols), w = C + 2;
    const int active = static_cast<int>(std::min<std::size_t>(size, rows));
    std::vector<long long> first(active + 1);
    for (int p = 0; p <= active; ++p) first[p] = R * p / active;
    std::vector<int> counts(size, 0), displs(size, 0);  // in cells, for the final gather
    for (int p = 0; p < active; ++p) {
        displs[p] = static_cast<int>(first[p] * C);
        counts[p] = static_cast<int>((first[p + 1] - first[p]) * C);
    }

    if (rank < active) {
        const long long begin = first[rank], end = first[rank + 1];  // my rows
        const bool has_up = rank > 0, has_down = rank + 1 < active;
        const int up = has_up ? rank - 1 : MPI_PROC_NULL;
        const int down = has_down ? rank + 1 : MPI_PROC_NULL;
        const long long depth = std::min<long long>(16, R / active);  // never deeper than a neighbour's block
        // local window: global rows [begin - depth - 1, end + depth + 1); rows outside the board stay dead
        const long long base = begin - depth - 1;
        std::vector<int> cur(static_cast<std::size_t>((end - begin + 2 * depth + 2) * w), 0);
        auto row = [&](std::vector<int>& v, long long i) { return v.data() + (i - base) * w; };
        for (long long i = std::max(0LL, base); i < std::min(R, end + depth + 1); ++i)
            std::copy(board.begin() + i * C, board.begin() + (i + 1) * C, row(cur, i) + 1);
        std::vector<int> next(cur);

        for (int done = 0; done < generations;) {
            const long long k = std::min<long long>(depth, generations - done);
            const int len = static_cast<int>(k * w);
            MPI_Sendrecv(row(cur, begin), len, MPI_INT, up, 0, row(cur, end), len, MPI_INT, down, 0, MPI_COMM_WORLD,
                         MPI_STATUS_IGNORE);
            MPI_Sendrecv(row(cur, end - k), len, MPI_INT, down, 1, row(cur, begin - k), len, MPI_INT, up, 1,
                         MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            for (long long t = 1; t <= k; ++t) {
                const long long lo = has_up ? begin - (k - t) : begin;
                const long long hi = has_down ? end + (k - t) : end;
                for (long long i = lo; i < hi; ++i) {
                    const int* a = row(cur, i - 1);
                    const int* m = row(cur, i);
                    const int* b = row(cur, i + 1);
                    int* out = row(next, i);
                    for (long long j = 1; j <= C; ++j) {
                        const int live = a[j - 1] + a[j] + a[j + 1] + m[j - 1] + m[j + 1] + b[j - 1] + b[j] + b[j + 1];
                        out[j] = (live == 3) | ((live == 2) & m[j]);
                    }
                }
                cur.swap(next);
            }
            done += static_cast<int>(k);
        }
        for (long long i = begin; i < end; ++i)
            std::copy(row(cur, i) + 1, row(cur, i) + 1 + C, board.begin() + i * C);
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_INT, board.data(), counts.data(), displs.data(), MPI_INT, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(board.data() + displs[rank], counts[rank], MPI_INT, nullptr, nullptr, nullptr, MPI_INT, 0,
                    MPI_COMM_WORLD);
}
