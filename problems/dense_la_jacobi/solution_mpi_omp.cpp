#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank r owns rows [N*r/size, N*(r+1)/size); its threads split those rows. Each iteration the
    // rank sends its new values with its largest update appended, so a single MPI_Allgatherv
    // (made by the calling thread, outside the parallel region) shares both.
    std::vector<int> counts(size), displs(size), packCounts(size), packDispls(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
        packCounts[r] = counts[r] + 1;
        packDispls[r] = displs[r] + r;
    }
    const long begin = displs[rank], end = begin + counts[rank];
    const long n = static_cast<long>(N);

    std::vector<double> prev(N, 0.0), mine(counts[rank] + 1), all(N + size);
    int k = 0;
    while (k < maxIter) {
        ++k;
        double change = 0.0;
#pragma omp parallel for reduction(max : change) schedule(static)
        for (long i = begin; i < end; ++i) {
            const double* row = &A[static_cast<size_t>(i) * N];
            double s = 0.0;
            for (long j = 0; j < n; ++j) s += row[j] * prev[j];
            s -= row[i] * prev[i];
            const double v = (b[i] - s) / row[i];
            mine[i - begin] = v;
            change = std::fmax(change, std::fabs(v - prev[i]));
        }
        mine[counts[rank]] = change;
        MPI_Allgatherv(mine.data(), packCounts[rank], MPI_DOUBLE, all.data(), packCounts.data(),
                       packDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
        double global = 0.0;
        for (int r = 0; r < size; ++r) {
            const double* blk = &all[packDispls[r]];
            std::copy(blk, blk + counts[r], &prev[displs[r]]);
            global = std::fmax(global, blk[counts[r]]);
        }
        if (global < tol) break;
    }
    x = prev;
    return k;
}
