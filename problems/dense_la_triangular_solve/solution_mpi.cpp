#include <mpi.h>
#include <cstddef>
#include <vector>

void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // each rank owns a block of columns [c0, c1) of B, copied into a contiguous N x w matrix
    const size_t c0 = K * rank / size, c1 = K * (rank + 1) / size, w = c1 - c0;
    std::vector<double> X(N * w);
    for (size_t i = 0; i < N; ++i)
        for (size_t c = 0; c < w; ++c) X[i * w + c] = B[i * K + c0 + c];
    for (size_t i = 0; i < N; ++i) {
        double* xi = &X[i * w];
        for (size_t j = 0; j < i; ++j) {
            const double l = L[i * N + j];
            const double* xj = &X[j * w];
            for (size_t c = 0; c < w; ++c) xi[c] -= l * xj[c];
        }
        const double inv = 1.0 / L[i * N + i];
        for (size_t c = 0; c < w; ++c) xi[c] *= inv;
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
            const size_t b = K * r / size, e = K * (r + 1) / size, wr = e - b;
            const double* blk = all.data() + displs[r];
            for (size_t i = 0; i < N; ++i)
                for (size_t c = 0; c < wr; ++c) B[i * K + b + c] = blk[i * wr + c];
        }
    }
}
