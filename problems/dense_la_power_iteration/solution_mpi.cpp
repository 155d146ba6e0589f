#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
    }
    const size_t begin = displs[rank], end = begin + counts[rank];

    std::vector<double> x(N, 1.0), y(counts[rank]);
    for (int it = 0; it < iterations; ++it) {
        double local = 0.0;
        for (size_t i = begin; i < end; ++i) {
            const double* row = &A[i * N];
            double s = 0.0;
            for (size_t j = 0; j < N; ++j) s += row[j] * x[j];
            y[i - begin] = s;
            local += s * s;
        }
        double norm2 = 0.0;
        MPI_Allreduce(&local, &norm2, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
        const double inv = 1.0 / std::sqrt(norm2);
        for (auto& v : y) v *= inv;
        MPI_Allgatherv(y.data(), counts[rank], MPI_DOUBLE, x.data(), counts.data(), displs.data(),
                       MPI_DOUBLE, MPI_COMM_WORLD);
    }
    double local[2] = {0.0, 0.0};
    for (size_t i = begin; i < end; ++i) {
        const double* row = &A[i * N];
        double s = 0.0;
        for (size_t j = 0; j < N; ++j) s += row[j] * x[j];
        local[0] += x[i] * s;
        local[1] += x[i] * x[i];
    }
    double total[2] = {0.0, 0.0};
    MPI_Reduce(local, total, 2, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total[0] / total[1];
}
