#include <mpi.h>
#include <complex>
#include <vector>

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
    // each rank fills its block of its own output vectors, then rank 0 collects the blocks
    for (int i = displs[rank]; i < displs[rank] + counts[rank]; ++i) {
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
