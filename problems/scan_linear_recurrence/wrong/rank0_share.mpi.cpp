#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank solves only its own block (from a zero start); nothing is gathered.
void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = b.size();
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    double prev = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
        prev = (i == begin ? 0.0 : a[i] * prev) + b[i];
        y[i] = prev;
    }
}
