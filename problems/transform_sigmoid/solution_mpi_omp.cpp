#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

// Each rank transforms a contiguous block of its own copy with its threads, then rank 0 gathers
// the blocks in place.
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
    const long begin = displs[rank], end = begin + counts[rank];
    double* v = x.data();
#pragma omp parallel for schedule(static)
    for (long i = begin; i < end; ++i) v[i] = 1.0 / (1.0 + std::exp(-v[i]));
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, x.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(x.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
