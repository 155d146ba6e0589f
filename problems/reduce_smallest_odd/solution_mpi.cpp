#include <mpi.h>
#include <limits>
#include <vector>

namespace {
int smallestOddIn(std::vector<int> const& x, std::size_t begin, std::size_t end) {
    int best = std::numeric_limits<int>::max();
    for (std::size_t i = begin; i < end; ++i)
        if ((x[i] & 1) != 0 && x[i] < best) best = x[i];
    return best;
}
}  // namespace

int smallestOddValue(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const int local = smallestOddIn(x, n * rank / size, n * (rank + 1) / size);
    int result = local;
    MPI_Reduce(&local, &result, 1, MPI_INT, MPI_MIN, 0, MPI_COMM_WORLD);
    return result;
}
