#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

// first row i in [lo, hi] with rowPtr[i] >= target
static size_t firstRowAtOrAfter(std::vector<size_t> const& rowPtr, size_t lo, size_t hi, size_t target) {
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (rowPtr[mid] < target) lo = mid + 1; else hi = mid;
    }
    return lo;
}

void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N) {
    (void)N;
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // each rank gets a contiguous block of rows with about the same number of nonzeros
    const size_t nnz = rowPtr[M];
    std::vector<size_t> start(size + 1, M);
    start[0] = 0;
    for (int r = 1; r < size; ++r)
        start[r] = firstRowAtOrAfter(rowPtr, start[r - 1], M, nnz * static_cast<size_t>(r) / size);
    const size_t myBegin = start[rank], myEnd = start[rank + 1];
    const size_t myFirstNz = rowPtr[myBegin], myNnz = rowPtr[myEnd] - myFirstNz;
#pragma omp parallel
    {
        // the rank's rows are split again among its threads by nonzeros
        const size_t t = static_cast<size_t>(omp_get_thread_num());
        const size_t nt = static_cast<size_t>(omp_get_num_threads());
        const size_t begin =
            t == 0 ? myBegin : firstRowAtOrAfter(rowPtr, myBegin, myEnd, myFirstNz + myNnz * t / nt);
        const size_t end =
            t + 1 == nt ? myEnd : firstRowAtOrAfter(rowPtr, myBegin, myEnd, myFirstNz + myNnz * (t + 1) / nt);
        for (size_t i = begin; i < end; ++i) {
            double s = 0.0;
            for (size_t k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * x[colIdx[k]];
            y[i] = s;
        }
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
        MPI_Gatherv(y.data() + myBegin, counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    }
}
