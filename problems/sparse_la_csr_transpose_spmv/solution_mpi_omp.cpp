#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

// First row whose nonzeros start at or after position target (rowPtr is nondecreasing).
static size_t firstRowAtOrAfter(std::vector<size_t> const& rowPtr, size_t M, size_t target) {
    size_t lo = 0, hi = M;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (rowPtr[mid] < target) lo = mid + 1; else hi = mid;
    }
    return lo;
}

void csrTransposeMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                        std::vector<double> const& values, std::vector<double> const& x,
                        std::vector<double> &y, size_t M, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // each rank takes a block of rows with about the same number of nonzeros
    const size_t nnz = rowPtr[M];
    const size_t rankBegin = rank == 0 ? 0 : firstRowAtOrAfter(rowPtr, M, nnz * rank / size);
    const size_t rankEnd = rank == size - 1 ? M : firstRowAtOrAfter(rowPtr, M, nnz * (rank + 1) / size);
    const size_t rankNnzBegin = rowPtr[rankBegin], rankNnz = rowPtr[rankEnd] - rowPtr[rankBegin];

    // inside the rank, each thread scatters a sub-block of those rows into a full-length vector
    // of its own; the threads then sum those vectors column-wise into the rank's partial vector
    std::vector<double> partial(N);
    std::vector<std::vector<double>> threadPartial;
#pragma omp parallel
    {
        const size_t t = static_cast<size_t>(omp_get_thread_num());
        const size_t T = static_cast<size_t>(omp_get_num_threads());
#pragma omp single
        threadPartial.resize(T);
        std::vector<double>& mine = threadPartial[t];
        mine.assign(N, 0.0);
        // bound(u): first row of thread u's sub-block (never before rankBegin: rows before it
        // may share its rowPtr value when they are empty)
        auto bound = [&](size_t u) {
            if (u == 0) return rankBegin;
            if (u == T) return rankEnd;
            const size_t row = firstRowAtOrAfter(rowPtr, rankEnd, rankNnzBegin + rankNnz * u / T);
            return row < rankBegin ? rankBegin : row;
        };
        const size_t begin = bound(t), end = bound(t + 1);
        for (size_t i = begin; i < end; ++i) {
            const double xi = x[i];
            for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) mine[colIdx[k]] += values[k] * xi;
        }
#pragma omp barrier
#pragma omp for schedule(static)
        for (size_t j = 0; j < N; ++j) {
            double s = 0.0;
            for (size_t u = 0; u < T; ++u) s += threadPartial[u][j];
            partial[j] = s;
        }
    }
    threadPartial.clear();

    // Reduce-scatter by hand: rank s sums block s of everybody's partial vector (one
    // MPI_Alltoallv), then the summed blocks are gathered on rank 0 (MPI_Gatherv).
    std::vector<int> counts(size), displs(size), recvCounts(size), recvDispls(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
    }
    const int myCount = counts[rank];
    for (int r = 0; r < size; ++r) {
        recvCounts[r] = myCount;
        recvDispls[r] = r * myCount;
    }
    std::vector<double> pieces(static_cast<size_t>(size) * myCount);
    MPI_Alltoallv(partial.data(), counts.data(), displs.data(), MPI_DOUBLE, pieces.data(), recvCounts.data(),
                  recvDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
    std::vector<double> summed(myCount);
#pragma omp parallel for schedule(static)
    for (int j = 0; j < myCount; ++j) {
        double s = 0.0;
        for (int r = 0; r < size; ++r) s += pieces[static_cast<size_t>(r) * myCount + j];
        summed[j] = s;
    }
    MPI_Gatherv(summed.data(), myCount, MPI_DOUBLE, rank == 0 ? y.data() : nullptr, counts.data(),
                displs.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD);
}
