#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank computes only its own block of output; nothing is gathered.
void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = input.size();
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        const double left = i > 0 ? input[i - 1] : 0.0;
        const double right = i + 1 < n ? input[i + 1] : 0.0;
        output[i] = (left + input[i] + right) / 3.0;
    }
}
