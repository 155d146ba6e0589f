#include <mpi.h>
#include <cstdint>
#include <vector>

std::vector<int> collatzStepCounts(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<int> counts(size), displs(size);
    for (int p = 0; p < size; ++p) {
        displs[p] = static_cast<int>(n * p / size);
        counts[p] = static_cast<int>(n * (p + 1) / size) - displs[p];
    }
    std::vector<int> local(counts[rank]);
    for (int i = 0; i < counts[rank]; ++i) {
        std::uint64_t v = static_cast<std::uint64_t>(x[displs[rank] + i]);
        int count = 0;
        while (v != 1) {
            v = (v % 2 == 0) ? v / 2 : 3 * v + 1;
            ++count;
        }
        local[i] = count;
    }
    std::vector<int> steps(rank == 0 ? n : 0);
    MPI_Gatherv(local.data(), counts[rank], MPI_INT, steps.data(), counts.data(), displs.data(), MPI_INT, 0,
                MPI_COMM_WORLD);
    return steps;
}
