#include <mpi.h>
#include <omp.h>
#include <complex>
#include <vector>

// Each rank converts a contiguous block with its threads, then rank 0 gathers the blocks of
// both outputs in place.
void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = z.size();
    std::vector<int> counts(size), displs(size);
    for (int p = 0; p < size; ++p) {
        displs[p] = static_cast<int>(n * p / size);
        counts[p] = static_cast<int>(n * (p + 1) / size) - displs[p];
    }
    const int begin = displs[rank], end = displs[rank] + counts[rank];
#pragma omp parallel for schedule(static)
    for (int i = begin; i < end; ++i) {
        magnitude[i] = std::abs(z[i]);
        phase[i] = std::arg(z[i]);
    }
    for (std::vector<double>* out : {&magnitude, &phase}) {
        if (rank == 0)
            MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, out->data(), counts.data(), displs.data(), MPI_DOUBLE,
                        0, MPI_COMM_WORLD);
        else
            MPI_Gatherv(out->data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE,
                        0, MPI_COMM_WORLD);
    }
}
