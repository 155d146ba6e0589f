#include <mpi.h>
#include <algorithm>
#include <vector>

// Row-block decomposition with deep ghost zones: every `depth` sweeps each rank receives `depth`
// rows from each neighbour, then sweeps `depth` times with no further messages, recomputing a
// shrinking band of its neighbours' rows.
void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (n < 3 || sweeps <= 0) return;

    const long long N = static_cast<long long>(n);
    const int active = static_cast<int>(std::min<std::size_t>(size, n));
    std::vector<long long> first(active + 1);
    for (int p = 0; p <= active; ++p) first[p] = N * p / active;
    std::vector<int> counts(size, 0), displs(size, 0);  // in doubles, for the final gather
    for (int p = 0; p < active; ++p) {
        displs[p] = static_cast<int>(first[p] * N);
        counts[p] = static_cast<int>((first[p + 1] - first[p]) * N);
    }

    if (rank < active) {
        const long long begin = first[rank], end = first[rank + 1];  // my rows
        const bool has_left = rank > 0, has_right = rank + 1 < active;
        const int up = has_left ? rank - 1 : MPI_PROC_NULL;
        const int down = has_right ? rank + 1 : MPI_PROC_NULL;
        const long long depth = std::min<long long>(16, N / active);  // never deeper than a neighbour's block
        const long long base = begin - depth;                         // global row of local row 0
        std::vector<double> cur(static_cast<std::size_t>((end - begin + 2 * depth) * N), 0.0);
        for (long long i = std::max(0LL, base); i < std::min(N, end + depth); ++i)
            std::copy(grid.begin() + i * N, grid.begin() + (i + 1) * N, cur.begin() + (i - base) * N);
        std::vector<double> next(cur);
        auto row = [&](std::vector<double>& v, long long i) { return v.data() + (i - base) * N; };

        for (int done = 0; done < sweeps;) {
            const long long k = std::min<long long>(depth, sweeps - done);
            const int len = static_cast<int>(k * N);
            MPI_Sendrecv(row(cur, begin), len, MPI_DOUBLE, up, 0, row(cur, end), len, MPI_DOUBLE, down, 0,
                         MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            MPI_Sendrecv(row(cur, end - k), len, MPI_DOUBLE, down, 1, row(cur, begin - k), len, MPI_DOUBLE, up, 1,
                         MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            for (long long t = 1; t <= k; ++t) {
                const long long lo = std::max(1LL, has_left ? begin - (k - t) : begin);
                const long long hi = std::min(N - 1, has_right ? end + (k - t) : end);
                for (long long i = lo; i < hi; ++i) {
                    const double* above = row(cur, i - 1);
                    const double* mid = row(cur, i);
                    const double* below = row(cur, i + 1);
                    double* out = row(next, i);
                    for (long long j = 1; j + 1 < N; ++j)
                        out[j] = (above[j] + below[j] + mid[j - 1] + mid[j + 1]) / 4.0;
                }
                cur.swap(next);
            }
            done += static_cast<int>(k);
        }
        std::copy(cur.begin() + (begin - base) * N, cur.begin() + (end - base) * N, grid.begin() + begin * N);
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, grid.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(grid.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
