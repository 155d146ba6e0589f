#include <mpi.h>
#include <algorithm>
#include <vector>

// Block decomposition with deep ghost zones: every `depth` steps each rank receives `depth`
// values from each neighbour and then advances `depth` steps with no further messages,
// recomputing a shrinking band of its neighbours' points. Fewer, larger messages than one
// exchange per step.
void heatSteps1D(std::vector<double>& u, double r, int steps) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = u.size();
    if (n < 3 || steps <= 0) return;

    // points are split into blocks over the first `active` ranks (all of them unless n < size)
    const int active = static_cast<int>(std::min<std::size_t>(size, n));
    std::vector<int> counts(size, 0), displs(size, 0);
    for (int p = 0; p < active; ++p) {
        displs[p] = static_cast<int>(n * p / active);
        counts[p] = static_cast<int>(n * (p + 1) / active) - displs[p];
    }
    if (rank < active) {
        const long long N = static_cast<long long>(n);
        const long long begin = displs[rank], end = begin + counts[rank];
        const bool has_left = rank > 0, has_right = rank + 1 < active;
        const int left = has_left ? rank - 1 : MPI_PROC_NULL;
        const int right = has_right ? rank + 1 : MPI_PROC_NULL;
        // a ghost zone never reaches past the neighbouring block (every block has >= n/active points)
        const long long depth = std::min<long long>(64, N / active);
        // local window: global index i lives at cur[i - base]
        const long long base = begin - depth;
        std::vector<double> cur(static_cast<std::size_t>(end - begin + 2 * depth), 0.0);
        for (long long i = std::max(0LL, base); i < std::min(N, end + depth); ++i) cur[i - base] = u[i];
        std::vector<double> next(cur);

        for (int done = 0; done < steps;) {
            const long long k = std::min<long long>(depth, steps - done);
            // my first k points go left, the right neighbour's first k points fill my right ghosts
            MPI_Sendrecv(&cur[begin - base], static_cast<int>(k), MPI_DOUBLE, left, 0, &cur[end - base],
                         static_cast<int>(k), MPI_DOUBLE, right, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            MPI_Sendrecv(&cur[end - k - base], static_cast<int>(k), MPI_DOUBLE, right, 1, &cur[begin - k - base],
                         static_cast<int>(k), MPI_DOUBLE, left, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            for (long long t = 1; t <= k; ++t) {
                // the band of valid values shrinks by one point per step on each side with a neighbour
                const long long lo = std::max(1LL, has_left ? begin - (k - t) : begin);
                const long long hi = std::min(N - 1, has_right ? end + (k - t) : end);
                double* nx = next.data() - base;
                const double* c = cur.data() - base;
                for (long long i = lo; i < hi; ++i) nx[i] = c[i] + r * (c[i - 1] - 2.0 * c[i] + c[i + 1]);
                cur.swap(next);
            }
            done += static_cast<int>(k);
        }
        std::copy(cur.begin() + (begin - base), cur.begin() + (end - base), u.begin() + begin);
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, u.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(u.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
