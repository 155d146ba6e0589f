#include <mpi.h>
#include <algorithm>
#include <vector>

// Wrong on purpose: each rank selects within its own block only (with k clamped to the block's
// size); the blocks are never combined.
int kthSmallest(std::vector<int> const& x, std::size_t k) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<int> y(x.begin() + n * rank / size, x.begin() + n * (rank + 1) / size);
    if (y.empty()) return x[0];
    const std::size_t kk = std::min(k, y.size());
    std::nth_element(y.begin(), y.begin() + (kk - 1), y.end());
    return y[kk - 1];
}
