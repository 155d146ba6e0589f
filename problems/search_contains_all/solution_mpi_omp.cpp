#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace {

// The bucket of value v among `parts` buckets (a multiplicative hash spreads nearby values).
// Since the bucket is floor(h * parts / 2^32), bucket(v, size * nt) / nt == bucket(v, size):
// the threads' buckets refine the ranks' buckets.
int bucketOf(int v, int parts) {
    const std::uint32_t h = static_cast<std::uint32_t>(v) * 2654435761u;
    return static_cast<int>((static_cast<std::uint64_t>(h) * static_cast<std::uint64_t>(parts)) >> 32);
}

}  // namespace

// Values are split among the ranks by a hash, and a rank's values among its threads by the
// same hash: every thread sorts the haystack values it owns and looks up the needles it owns.
// The threads' answers are combined with a logical and, then the ranks' with MPI_Reduce.
bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    bool ok = true;
#pragma omp parallel reduction(&& : ok)
    {
        const int nt = omp_get_num_threads();
        const int me = rank * nt + omp_get_thread_num();
        const int parts = size * nt;
        std::vector<int> mine;
        mine.reserve(haystack.size() / parts + 16);
        for (int v : haystack)
            if (bucketOf(v, parts) == me) mine.push_back(v);
        std::sort(mine.begin(), mine.end());
        const std::size_t n = mine.size();
        for (int v : needles) {
            if (bucketOf(v, parts) != me) continue;
            std::size_t lo = 0, hi = n;
            while (lo < hi) {
                const std::size_t mid = lo + (hi - lo) / 2;
                if (mine[mid] < v) lo = mid + 1;
                else hi = mid;
            }
            if (lo == n || mine[lo] != v) {
                ok = false;
                break;
            }
        }
    }
    int mineOk = ok ? 1 : 0, all = 0;
    MPI_Reduce(&mineOk, &all, 1, MPI_INT, MPI_LAND, 0, MPI_COMM_WORLD);
    return all != 0;
}
