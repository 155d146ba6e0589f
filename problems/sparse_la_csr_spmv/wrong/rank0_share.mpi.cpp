#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: each rank computes its own block of rows of y and never gathers them.
void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    for (size_t i = M * rank / size; i < M * (rank + 1) / size; ++i) {
        double s = 0.0;
        for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * x[colIdx[k]];
        y[i] = s;
    }
}
