#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank r multiplies rows [N*r/size, N*(r+1)/size); each iteration one MPI_Allgatherv shares
    // the new (unnormalised) blocks, each followed by its rank's part of ||y||^2
    std::vector<int> counts(size), displs(size), sendCounts(size), sendDispls(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
        sendCounts[r] = counts[r] + 1;
        sendDispls[r] = displs[r] + r;
    }
    const size_t begin = displs[rank], end = begin + counts[rank];

    std::vector<double> x(N, 1.0), mine(counts[rank] + 1), all(N + size);
    for (int it = 0; it < iterations; ++it) {
        double local = 0.0;
        for (size_t i = begin; i < end; ++i) {
            const double* row = &A[i * N];
            double s = 0.0;
            for (size_t j = 0; j < N; ++j) s += row[j] * x[j];
            mine[i - begin] = s;
            local += s * s;
        }
        mine[counts[rank]] = local;
        MPI_Allgatherv(mine.data(), sendCounts[rank], MPI_DOUBLE, all.data(), sendCounts.data(),
                       sendDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
        double norm2 = 0.0;
        for (int r = 0; r < size; ++r) norm2 += all[sendDispls[r] + counts[r]];
        const double inv = 1.0 / std::sqrt(norm2);
        for (int r = 0; r < size; ++r)
            for (int i = 0; i < counts[r]; ++i) x[displs[r] + i] = all[sendDispls[r] + i] * inv;
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
