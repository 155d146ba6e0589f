#include <mpi.h>
#include <cstdint>
#include <vector>

// Wrong on purpose: each rank fills only its own block of the result; nothing is gathered.
std::vector<int> collatzStepCounts(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<int> steps(n, 0);
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        long long v = x[i];
        while (v != 1) {
            v = (v % 2 == 0) ? v / 2 : 3 * v + 1;
            ++steps[i];
        }
    }
    return steps;
}
