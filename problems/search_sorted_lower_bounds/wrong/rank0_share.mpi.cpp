#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank answers only its own block of queries and leaves the other
// entries of its result at 0; nothing is gathered.
std::vector<int> insertionPoints(std::vector<double> const& sorted, std::vector<double> const& queries) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t q = queries.size();
    std::vector<int> result(q, 0);
    for (std::size_t i = q * rank / size; i < q * (rank + 1) / size; ++i) {
        int lo = 0, hi = static_cast<int>(sorted.size());
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (sorted[mid] < queries[i]) lo = mid + 1;
            else hi = mid;
        }
        result[i] = lo;
    }
    return result;
}
