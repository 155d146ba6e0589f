#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank returns the best subarray sum within its own block only.
long long largestSubarraySum(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    if (begin == end) return 0;
    long long best = x[begin], ending_here = x[begin];
    for (std::size_t i = begin + 1; i < end; ++i) {
        ending_here = ending_here > 0 ? ending_here + x[i] : x[i];
        if (ending_here > best) best = ending_here;
    }
    return best;
}
