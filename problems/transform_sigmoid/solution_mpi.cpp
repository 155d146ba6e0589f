#include <mpi.h>
#include <cmath>
#include <vector>

void sigmoidInPlace(std::vector<double>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<int> counts(size), displs(size);
    for (int p = 0; p < size; ++p) {
        displs[p] = static_cast<int>(n * p / size);
        counts[p] = static_cast<int>(n * (p + 1) / size) - displs[p];
    }
    // each rank transforms its block in its own copy of x, then rank 0 collects the blocks
    for (int i = displs[rank]; i < displs[rank] + counts[rank]; ++i) x[i] = 1.0 / (1.0 + std::exp(-x[i]));
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, x.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(x.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
