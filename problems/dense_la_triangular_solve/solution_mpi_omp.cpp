#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Each rank owns a block of columns [c0, c1) of B, copied into a contiguous N x w matrix X; its
// threads split X's columns in groups of 8 and each runs the forward substitution on its group.
// The column blocks are gathered to rank 0 by the calling thread, outside the parallel regions.
void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(N);
    const long c0 = static_cast<long>(K * rank / size), c1 = static_cast<long>(K * (rank + 1) / size);
    const long w = c1 - c0;
    std::vector<double> X(static_cast<size_t>(n * w));
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i)
        for (long c = 0; c < w; ++c) X[i * w + c] = B[static_cast<size_t>(i) * K + c0 + c];

    const long groups = (w + 7) / 8;
#pragma omp parallel
    {
        const long t = omp_get_thread_num(), nt = omp_get_num_threads();
        const long g0 = std::min(w, 8 * (groups * t / nt));
        const long g1 = std::min(w, 8 * (groups * (t + 1) / nt));
        if (g0 < g1) {
            for (long i = 0; i < n; ++i) {
                double* xi = &X[i * w];
                const double* li = &L[static_cast<size_t>(i) * N];
                for (long j = 0; j < i; ++j) {
                    const double l = li[j];
                    const double* xj = &X[j * w];
                    for (long c = g0; c < g1; ++c) xi[c] -= l * xj[c];
                }
                const double inv = 1.0 / li[i];
                for (long c = g0; c < g1; ++c) xi[c] *= inv;
            }
        }
    }

    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        const size_t b = K * r / size, e = K * (r + 1) / size;
        counts[r] = static_cast<int>(N * (e - b));
        displs[r] = static_cast<int>(N * b);
    }
    std::vector<double> all(rank == 0 ? N * K : 0);
    MPI_Gatherv(X.data(), counts[rank], MPI_DOUBLE, all.data(), counts.data(), displs.data(),
                MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        for (int r = 0; r < size; ++r) {
            const long b = static_cast<long>(K * r / size), e = static_cast<long>(K * (r + 1) / size);
            const long wr = e - b;
            const double* blk = all.data() + displs[r];
#pragma omp parallel for schedule(static)
            for (long i = 0; i < n; ++i)
                for (long c = 0; c < wr; ++c) B[static_cast<size_t>(i) * K + b + c] = blk[i * wr + c];
        }
    }
}
