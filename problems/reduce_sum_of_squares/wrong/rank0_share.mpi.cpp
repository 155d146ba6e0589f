#include <mpi.h>
#include <vector>

// Wrong on purpose: rank 0 sums only its own block and never combines the other ranks' parts.
double sumOfSquares(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    double local = 0.0;
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) local += x[i] * x[i];
    return local;
}
