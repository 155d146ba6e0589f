#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <vector>

// Each rank owns a contiguous block of points and keeps `depth` ghost points on each side.
// Every `depth` steps it swaps `depth` boundary values with each neighbour (MPI_Sendrecv, by the
// calling thread only) and then advances up to `depth` steps locally, recomputing a band of ghost
// points that shrinks by one per step. The local updates of each step run on OpenMP threads.
void heatSteps1D(std::vector<double>& u, double r, int steps) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long long n = static_cast<long long>(u.size());
    if (n < 3 || steps <= 0) return;

    // with fewer points than ranks only the first n ranks hold a block
    const int used = static_cast<int>(std::min<long long>(size, n));
    std::vector<int> counts(size, 0), offsets(size, 0);
    for (int p = 0; p < used; ++p) {
        offsets[p] = static_cast<int>(n * p / used);
        counts[p] = static_cast<int>(n * (p + 1) / used) - offsets[p];
    }

    if (rank < used) {
        const long long first = offsets[rank], last = first + counts[rank];  // owned: [first, last)
        const bool left_nb = rank > 0, right_nb = rank + 1 < used;
        const int left = left_nb ? rank - 1 : MPI_PROC_NULL;
        const int right = right_nb ? rank + 1 : MPI_PROC_NULL;
        // every block has at least n / used points, so a ghost zone never spans two blocks
        const long long depth = std::min<long long>(64, n / used);
        // window position w holds global point first - depth + w
        const long long origin = first - depth;
        const long long width = last - first + 2 * depth;
        std::vector<double> cur(static_cast<std::size_t>(width), 0.0);
        for (long long g = std::max(0LL, origin); g < std::min(n, last + depth); ++g) cur[g - origin] = u[g];
        std::vector<double> nxt(cur);

        for (int done = 0; done < steps;) {
            const long long k = std::min<long long>(depth, steps - done);
            const int kc = static_cast<int>(k);
            // my first k owned values go left; my right ghosts get the right neighbour's first k
            MPI_Sendrecv(&cur[first - origin], kc, MPI_DOUBLE, left, 10, &cur[last - origin], kc, MPI_DOUBLE,
                         right, 10, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            // my last k owned values go right; my left ghosts get the left neighbour's last k
            MPI_Sendrecv(&cur[last - k - origin], kc, MPI_DOUBLE, right, 11, &cur[first - k - origin], kc,
                         MPI_DOUBLE, left, 11, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            for (long long t = 1; t <= k; ++t) {
                // global range updated in this step: the owned block plus k - t ghosts per side
                const long long lo = std::max(1LL, left_nb ? first - (k - t) : first);
                const long long hi = std::min(n - 1, right_nb ? last + (k - t) : last);
                const double* c = cur.data();
                double* x = nxt.data();
                const long long wlo = lo - origin, whi = hi - origin;
#pragma omp parallel for schedule(static)
                for (long long w = wlo; w < whi; ++w) x[w] = c[w] + r * (c[w - 1] - 2.0 * c[w] + c[w + 1]);
                cur.swap(nxt);
            }
            done += kc;
        }
        std::copy(cur.begin() + (first - origin), cur.begin() + (last - origin), u.begin() + first);
    }

    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, u.data(), counts.data(), offsets.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(u.data() + offsets[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
