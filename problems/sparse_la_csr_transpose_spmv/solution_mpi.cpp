#include <mpi.h>
#include <cstddef>
#include <vector>

void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // blocks of rows with about the same number of nonzeros each
    const size_t nnz = rowPtr[M];
    auto firstRowAtOrAfter = [&](size_t target) {
        size_t lo = 0, hi = M;
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (rowPtr[mid] < target) lo = mid + 1; else hi = mid;
        }
        return lo;
    };
    const size_t begin = rank == 0 ? 0 : firstRowAtOrAfter(nnz * rank / size);
    const size_t end = rank == size - 1 ? M : firstRowAtOrAfter(nnz * (rank + 1) / size);

    std::vector<double> partial(N, 0.0);
    for (size_t i = begin; i < end; ++i) {
        const double xi = x[i];
        for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) partial[colIdx[k]] += values[k] * xi;
    }
    // Reduce-scatter by hand: rank s sums block s of everybody's partial vector (one
    // MPI_Alltoallv), then the summed blocks are gathered on rank 0 (MPI_Gatherv). A single
    // MPI_Reduce/MPI_Allreduce of the whole vector is far slower with this MPICH once ranks
    // share cores.
    std::vector<int> counts(size), displs(size), recvCounts(size), recvDispls(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
    }
    for (int r = 0; r < size; ++r) {
        recvCounts[r] = counts[rank];
        recvDispls[r] = r * counts[rank];
    }
    std::vector<double> pieces(static_cast<size_t>(size) * counts[rank]);
    MPI_Alltoallv(partial.data(), counts.data(), displs.data(), MPI_DOUBLE, pieces.data(), recvCounts.data(),
                  recvDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
    std::vector<double> mine(counts[rank], 0.0);
    for (int r = 0; r < size; ++r)
        for (int j = 0; j < counts[rank]; ++j) mine[j] += pieces[static_cast<size_t>(r) * counts[rank] + j];
    MPI_Gatherv(mine.data(), counts[rank], MPI_DOUBLE, rank == 0 ? y.data() : nullptr, counts.data(),
                displs.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD);
}
