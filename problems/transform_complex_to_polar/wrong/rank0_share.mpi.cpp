#include <mpi.h>
#include <complex>
#include <vector>

// Wrong on purpose: each rank converts only its own block; nothing is gathered.
void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = z.size();
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        magnitude[i] = std::abs(z[i]);
        phase[i] = std::arg(z[i]);
    }
}
