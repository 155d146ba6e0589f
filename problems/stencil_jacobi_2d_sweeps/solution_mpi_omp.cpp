#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <vector>

// Each rank owns a block of rows and keeps `depth` ghost rows above and below it. Every `depth`
// sweeps the calling thread swaps `depth` boundary rows with each neighbour (MPI_Sendrecv); the
// rank then sweeps up to `depth` times locally, recomputing a band of ghost rows that shrinks by
// one row per sweep. The rows of each local sweep are shared among the rank's OpenMP threads.
void jacobiSweeps2D(std::vector<double>& grid, std::size_t n, int sweeps) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (n < 3 || sweeps <= 0) return;

    const long long N = static_cast<long long>(n);
    const int used = static_cast<int>(std::min<long long>(size, N));  // ranks that own rows
    std::vector<long long> row0(used + 1);
    for (int p = 0; p <= used; ++p) row0[p] = N * p / used;
    std::vector<int> counts(size, 0), offsets(size, 0);  // in doubles, for the final gather
    for (int p = 0; p < used; ++p) {
        offsets[p] = static_cast<int>(row0[p] * N);
        counts[p] = static_cast<int>((row0[p + 1] - row0[p]) * N);
    }

    if (rank < used) {
        const long long first = row0[rank], last = row0[rank + 1];  // owned rows [first, last)
        const bool above_nb = rank > 0, below_nb = rank + 1 < used;
        const int above = above_nb ? rank - 1 : MPI_PROC_NULL;
        const int below = below_nb ? rank + 1 : MPI_PROC_NULL;
        // every block has at least N / used rows, so a ghost zone never spans two blocks
        const long long depth = std::min<long long>(16, N / used);
        const long long origin = first - depth;  // global row held in local row 0
        const long long rows = last - first + 2 * depth;
        std::vector<double> cur(static_cast<std::size_t>(rows * N), 0.0);
        for (long long g = std::max(0LL, origin); g < std::min(N, last + depth); ++g)
            std::copy(grid.begin() + g * N, grid.begin() + (g + 1) * N, cur.begin() + (g - origin) * N);
        std::vector<double> nxt(cur);

        for (int done = 0; done < sweeps;) {
            const long long k = std::min<long long>(depth, sweeps - done);
            const int len = static_cast<int>(k * N);
            // my first k rows go up; my lower ghost rows get the next block's first k rows
            MPI_Sendrecv(&cur[(first - origin) * N], len, MPI_DOUBLE, above, 20, &cur[(last - origin) * N], len,
                         MPI_DOUBLE, below, 20, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            // my last k rows go down; my upper ghost rows get the previous block's last k rows
            MPI_Sendrecv(&cur[(last - k - origin) * N], len, MPI_DOUBLE, below, 21, &cur[(first - k - origin) * N],
                         len, MPI_DOUBLE, above, 21, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            for (long long t = 1; t <= k; ++t) {
                const long long lo = std::max(1LL, above_nb ? first - (k - t) : first);
                const long long hi = std::min(N - 1, below_nb ? last + (k - t) : last);
                const double* c = cur.data();
                double* x = nxt.data();
#pragma omp parallel for schedule(static)
                for (long long g = lo; g < hi; ++g) {
                    const long long w = g - origin;
                    const double* up = c + (w - 1) * N;
                    const double* mid = c + w * N;
                    const double* down = c + (w + 1) * N;
                    double* out = x + w * N;
                    for (long long j = 1; j < N - 1; ++j) out[j] = (up[j] + down[j] + mid[j - 1] + mid[j + 1]) / 4.0;
                }
                cur.swap(nxt);
            }
            done += static_cast<int>(k);
        }
        std::copy(cur.begin() + (first - origin) * N, cur.begin() + (last - origin) * N, grid.begin() + first * N);
    }

    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, grid.data(), counts.data(), offsets.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(grid.data() + offsets[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
