#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <vector>

// Row-block decomposition over the ranks with deep ghost zones: every `depth` generations each
// rank swaps `depth` boundary rows with each neighbour, then advances `depth` generations with no
// further messages, recomputing a shrinking band of its neighbours' rows; inside a rank the rows
// of each generation are split among the threads. Rows carry a dead cell at each end.
void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (generations <= 0 || rows == 0 || cols == 0) return;

    const long long R = static_cast<long long>(rows), C = static_cast<long long>(cols), w = C + 2;
    const int active = static_cast<int>(std::min<std::size_t>(size, rows));  // ranks that own rows
    std::vector<long long> first(active + 1);
    for (int p = 0; p <= active; ++p) first[p] = R * p / active;
    std::vector<int> counts(size, 0), displs(size, 0);  // in cells, for the final gather
    for (int p = 0; p < active; ++p) {
        displs[p] = static_cast<int>(first[p] * C);
        counts[p] = static_cast<int>((first[p + 1] - first[p]) * C);
    }

    if (rank < active) {
        const long long begin = first[rank], end = first[rank + 1];
        const bool hasUp = rank > 0, hasDown = rank + 1 < active;
        const int up = hasUp ? rank - 1 : MPI_PROC_NULL;
        const int down = hasDown ? rank + 1 : MPI_PROC_NULL;
        const long long depth = std::min<long long>(16, R / active);  // at most a neighbour's block
        // local window: global rows [begin - depth - 1, end + depth + 1); rows off the board stay dead
        const long long base = begin - depth - 1;
        const long long windowRows = end - begin + 2 * depth + 2;
        std::vector<int> bufA(static_cast<std::size_t>(windowRows * w), 0), bufB(bufA.size(), 0);
        int* cur = bufA.data();
        int* next = bufB.data();
        const long long copyLo = std::max(0LL, base), copyHi = std::min(R, end + depth + 1);
#pragma omp parallel for schedule(static)
        for (long long i = copyLo; i < copyHi; ++i)
            std::copy(board.begin() + i * C, board.begin() + (i + 1) * C, cur + (i - base) * w + 1);

        for (int done = 0; done < generations;) {
            const long long k = std::min<long long>(depth, generations - done);
            const int len = static_cast<int>(k * w);
            MPI_Sendrecv(cur + (begin - base) * w, len, MPI_INT, up, 0, cur + (end - base) * w, len, MPI_INT, down,
                         0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            MPI_Sendrecv(cur + (end - k - base) * w, len, MPI_INT, down, 1, cur + (begin - k - base) * w, len,
                         MPI_INT, up, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            for (long long t = 1; t <= k; ++t) {
                const long long lo = hasUp ? begin - (k - t) : begin;
                const long long hi = hasDown ? end + (k - t) : end;
#pragma omp parallel for schedule(static)
                for (long long i = lo; i < hi; ++i) {
                    const int* a = cur + (i - 1 - base) * w;
                    const int* m = cur + (i - base) * w;
                    const int* b = cur + (i + 1 - base) * w;
                    int* out = next + (i - base) * w;
                    for (long long j = 1; j <= C; ++j) {
                        const int live =
                            a[j - 1] + a[j] + a[j + 1] + m[j - 1] + m[j + 1] + b[j - 1] + b[j] + b[j + 1];
                        out[j] = (live == 3) | ((live == 2) & m[j]);
                    }
                }
                std::swap(cur, next);
            }
            done += static_cast<int>(k);
        }
#pragma omp parallel for schedule(static)
        for (long long i = begin; i < end; ++i)
            std::copy(cur + (i - base) * w + 1, cur + (i - base) * w + 1 + C, board.begin() + i * C);
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_INT, board.data(), counts.data(), displs.data(), MPI_INT, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(board.data() + displs[rank], counts[rank], MPI_INT, nullptr, nullptr, nullptr, MPI_INT, 0,
                    MPI_COMM_WORLD);
}
