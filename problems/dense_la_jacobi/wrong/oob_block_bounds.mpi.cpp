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

    std::vector<int> displs(size), counts(size);
    for (int r = 0; r < size; ++r) displs[r] = static_cast<int>(N * r / size);
    for (int r = 0; r < size; ++r) {
        // reads displs[size] for the last rank before replacing it with N
        int stop = displs[r + 1];
        if (r == size - 1) stop = static_cast<int>(N);
        counts[r] = stop - displs[r];
    }
    const size_t lo = displs[rank], hi = lo + counts[rank];

    std::vector<double> xOld(N, 0.0), xNew(N, 0.0), local(counts[rank] + 1);
    int iter = 0;
    while (iter < maxIter) {
        ++iter;
        double localDiff = 0.0;
        for (size_t i = lo; i < hi; ++i) {
            double sigma = 0.0;
            for (size_t j = 0; j < N; ++j)
                if (j != i) sigma += A[i * N + j] * xOld[j];
            const double v = (b[i] - sigma) / A[i * N + i];
            local[i - lo] = v;
            localDiff = std::max(localDiff, std::fabs(v - xOld[i]));
        }
        MPI_Allgatherv(local.data(), counts[rank], MPI_DOUBLE, xNew.data(), counts.data(),
                       displs.data(), MPI_DOUBLE, MPI_COMM_WORLD);
        double diff = 0.0;
        MPI_Allreduce(&localDiff, &diff, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
        xOld.swap(xNew);
        if (diff < tol) break;
    }
    x = xOld;
    return iter;
}
