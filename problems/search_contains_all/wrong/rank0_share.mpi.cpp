#include <mpi.h>
#include <algorithm>
#include <vector>

// Wrong on purpose: each rank checks only its own block of the needles (against the whole
// haystack) and returns that partial answer; the answers are never combined.
bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    std::vector<int> sorted(haystack);
    std::sort(sorted.begin(), sorted.end());
    const std::size_t q = needles.size();
    for (std::size_t i = q * rank / size; i < q * (rank + 1) / size; ++i)
        if (!std::binary_search(sorted.begin(), sorted.end(), needles[i])) return false;
    return true;
}
