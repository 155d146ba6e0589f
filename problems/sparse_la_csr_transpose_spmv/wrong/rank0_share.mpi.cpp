#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: each rank accumulates only its own block of rows into its y; the partial
// results are never combined.
void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    for (size_t i = M * rank / size; i < M * (rank + 1) / size; ++i)
        for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) y[colIdx[k]] += values[k] * x[i];
}
