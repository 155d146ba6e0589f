#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
    }
    const size_t begin = displs[rank], end = begin + counts[rank];

    std::vector<double> prev(N, 0.0), mine(counts[rank]);
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
        double global = 0.0;
        MPI_Allreduce(&change, &global, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
        MPI_Allgatherv(mine.data(), counts[rank], MPI_DOUBLE, prev.data(), counts.data(), displs.data(),
                       MPI_DOUBLE, MPI_COMM_WORLD);
        if (global < tol) break;
    }
    x = prev;
    return k;
}
