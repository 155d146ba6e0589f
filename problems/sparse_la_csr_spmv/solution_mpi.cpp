#include <mpi.h>
#include <cstddef>
#include <vector>

void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // blocks of rows with about the same number of nonzeros each
    const size_t nnz = rowPtr[M];
    std::vector<size_t> start(size + 1, M);
    start[0] = 0;
    for (int r = 1; r < size; ++r) {
        const size_t target = nnz * r / size;
        size_t lo = start[r - 1], hi = M;  // first row i >= lo with rowPtr[i] >= target
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (rowPtr[mid] < target) lo = mid + 1; else hi = mid;
        }
        start[r] = lo;
    }
    for (size_t i = start[rank]; i < start[rank + 1]; ++i) {
        double s = 0.0;
        for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * x[colIdx[k]];
        y[i] = s;
    }
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(start[r]);
        counts[r] = static_cast<int>(start[r + 1] - start[r]);
    }
    if (rank == 0) {
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, y.data(), counts.data(), displs.data(),
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(y.data() + start[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    }
}
