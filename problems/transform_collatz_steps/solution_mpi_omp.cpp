#include <mpi.h>
#include <omp.h>
#include <cstdint>
#include <vector>

// Each rank takes a contiguous block of x; its threads share the block dynamically (trajectory
// lengths are uneven); rank 0 gathers the blocks.
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
    const int first = displs[rank], mine = counts[rank];
    std::vector<int> local(mine);
#pragma omp parallel for schedule(dynamic, 512)
    for (int i = 0; i < mine; ++i) {
        std::uint64_t v = static_cast<std::uint64_t>(x[first + i]);
        int count = 0;
        while (v != 1) {
            v = (v % 2 == 0) ? v / 2 : 3 * v + 1;
            ++count;
        }
        local[i] = count;
    }
    std::vector<int> steps(rank == 0 ? n : 0);
    MPI_Gatherv(local.data(), mine, MPI_INT, steps.data(), counts.data(), displs.data(), MPI_INT, 0,
                MPI_COMM_WORLD);
    return steps;
}
