#include <mpi.h>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank r updates rows [N*r/size, N*(r+1)/size); each iteration it sends its new values followed
    // by its largest update, so one MPI_Allgatherv per iteration shares both
    std::vector<int> counts(size), displs(size), sendCounts(size), sendDispls(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
        sendCounts[r] = counts[r] + 1;
        sendDispls[r] = displs[r] + r;
    }
    const size_t begin = displs[rank], end = begin + counts[rank];

    std::vector<double> prev(N, 0.0), mine(counts[rank] + 1), all(N + size);
    int k = 0;
    while (k < maxIter) {
        ++k;
        double change = 0.0;
        for (size_t i = begin; i < end; ++i) {
            const double* row = &A[i * N];
            double s = 0.0;
            for (size_t j = 0; j < N; ++j) s += row[j] * prev[j];
            s -= row[i] * prev[i];
            mine[i - begin] = (b[i] - s) / row[i];
            change = std::fmax(change, std::fabs(mine[i - begin] - prev[i]));
        }
        mine[counts[rank]] = change;
        MPI_Allgatherv(mine.data(), sendCounts[rank], MPI_DOUBLE, all.data(), sendCounts.data(),
                       sendDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
        double global = 0.0;
        for (int r = 0; r < size; ++r) {
            const double* blk = &all[sendDispls[r]];
            std::copy(blk, blk + counts[r], &prev[displs[r]]);
            global = std::fmax(global, blk[counts[r]]);
        }
        if (global < tol) break;
    }
    x = prev;
    return k;
}
