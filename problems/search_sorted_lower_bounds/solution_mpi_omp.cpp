#include <mpi.h>
#include <omp.h>
#include <vector>

// Each rank answers a contiguous block of the queries, its threads splitting the block evenly;
// rank 0 gathers the blocks.
std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long long q = static_cast<long long>(queries.size());
    auto first = [&](int r) { return static_cast<int>(q * r / size); };
    const int begin = first(rank), end = first(rank + 1);
    const int n = static_cast<int>(sorted.size());
    const double* s = sorted.data();

    std::vector<int> mine(end - begin);
#pragma omp parallel for schedule(static)
    for (int i = begin; i < end; ++i) {
        const double x = queries[i];
        int lo = 0, hi = n;
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (s[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        mine[i - begin] = lo;
    }

    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = first(r);
        counts[r] = first(r + 1) - first(r);
    }
    std::vector<int> result(rank == 0 ? q : 0);
    MPI_Gatherv(mine.data(), end - begin, MPI_INT, result.data(), counts.data(), displs.data(), MPI_INT, 0,
                MPI_COMM_WORLD);
    return result;
}
