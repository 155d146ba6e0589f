#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank r multiplies rows [N*r/size, N*(r+1)/size), split among its threads; each iteration one
    // MPI_Allgatherv (by the calling thread, outside the parallel region) shares the new
    // unnormalised blocks, each followed by its rank's part of ||y||^2
    std::vector<int> counts(size), displs(size), packCounts(size), packDispls(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
        packCounts[r] = counts[r] + 1;
        packDispls[r] = displs[r] + r;
    }
    const long begin = displs[rank], end = begin + counts[rank];
    const long n = static_cast<long>(N);

    std::vector<double> x(N, 1.0), mine(counts[rank] + 1), all(N + size);
    for (int it = 0; it < iterations; ++it) {
        double local = 0.0;
#pragma omp parallel for reduction(+ : local) schedule(static)
        for (long i = begin; i < end; ++i) {
            const double* row = &A[static_cast<size_t>(i) * N];
            double s = 0.0;
            for (long j = 0; j < n; ++j) s += row[j] * x[j];
            mine[i - begin] = s;
            local += s * s;
        }
        mine[counts[rank]] = local;
        MPI_Allgatherv(mine.data(), packCounts[rank], MPI_DOUBLE, all.data(), packCounts.data(),
                       packDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
        double norm2 = 0.0;
        for (int r = 0; r < size; ++r) norm2 += all[packDispls[r] + counts[r]];
        const double inv = 1.0 / std::sqrt(norm2);
        for (int r = 0; r < size; ++r)
            for (int i = 0; i < counts[r]; ++i) x[displs[r] + i] = all[packDispls[r] + i] * inv;
    }
    double num = 0.0, den = 0.0;
#pragma omp parallel for reduction(+ : num, den) schedule(static)
    for (long i = begin; i < end; ++i) {
        const double* row = &A[static_cast<size_t>(i) * N];
        double s = 0.0;
        for (long j = 0; j < n; ++j) s += row[j] * x[j];
        num += x[i] * s;
        den += x[i] * x[i];
    }
    double local[2] = {num, den}, total[2] = {0.0, 0.0};
    MPI_Reduce(local, total, 2, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total[0] / total[1];
}
