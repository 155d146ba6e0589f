#include <mpi.h>
#include <limits>
#include <vector>

// Wrong on purpose: each rank searches only its own block and the results are never combined.
int smallestOddValue(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    int local = std::numeric_limits<int>::max();
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i)
        if (x[i] % 2 != 0 && x[i] < local) local = x[i];
    return local;
}
