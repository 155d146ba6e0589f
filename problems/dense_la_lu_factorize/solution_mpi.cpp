#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

void luFactorizeInPlace(std::vector<double> &A, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // blocks of NB rows, dealt to the ranks cyclically: block b belongs to rank b % size
    const size_t NB = 32;
    const size_t nblocks = (N + NB - 1) / NB;
    std::vector<double> panel(NB * N), inv(NB);
    for (size_t b = 0; b < nblocks; ++b) {
        const size_t r0 = b * NB, r1 = std::min(N, r0 + NB), w = N - r0;
        const int owner = static_cast<int>(b % size);
        if (rank == owner) {
            // every earlier pivot row has already been applied to this block: finish it
            for (size_t k = r0; k < r1; ++k) {
                const double inv = 1.0 / A[k * N + k];
                for (size_t i = k + 1; i < r1; ++i) {
                    double* row = &A[i * N];
                    const double l = row[k] * inv;
                    row[k] = l;
                    for (size_t j = k + 1; j < N; ++j) row[j] -= l * A[k * N + j];
                }
            }
            for (size_t k = r0; k < r1; ++k)
                std::copy(&A[k * N + r0], &A[k * N] + N, &panel[(k - r0) * w]);
        }
        MPI_Bcast(panel.data(), static_cast<int>((r1 - r0) * w), MPI_DOUBLE, owner, MPI_COMM_WORLD);
        // apply the block's pivot rows to the later rows this rank owns
        for (size_t k = 0; k < r1 - r0; ++k) inv[k] = 1.0 / panel[k * w + k];
        for (size_t k = 0; k < r1 - r0; ++k) {
            const double* p = &panel[k * w];
            for (size_t c = b + 1; c < nblocks; ++c) {
                if (static_cast<int>(c % size) != rank) continue;
                for (size_t i = c * NB; i < std::min(N, (c + 1) * NB); ++i) {
                    double* row = &A[i * N + r0];
                    const double l = row[k] * inv[k];
                    row[k] = l;
                    for (size_t j = k + 1; j < w; ++j) row[j] -= l * p[j];
                }
            }
        }
    }
    // gather the owned blocks of rows (packed in increasing order) to rank 0
    std::vector<int> counts(size, 0), displs(size, 0);
    for (size_t b = 0; b < nblocks; ++b)
        counts[b % size] += static_cast<int>((std::min(N, (b + 1) * NB) - b * NB) * N);
    for (int r = 1; r < size; ++r) displs[r] = displs[r - 1] + counts[r - 1];
    std::vector<double> mine;
    mine.reserve(counts[rank]);
    for (size_t b = rank; b < nblocks; b += size)
        mine.insert(mine.end(), &A[b * NB * N], &A[0] + std::min(N, (b + 1) * NB) * N);
    std::vector<double> all(rank == 0 ? N * N : 0);
    MPI_Gatherv(mine.data(), counts[rank], MPI_DOUBLE, all.data(), counts.data(), displs.data(),
                MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        for (int r = 1; r < size; ++r) {
            const double* src = all.data() + displs[r];
            for (size_t b = r; b < nblocks; b += size) {
                const size_t len = (std::min(N, (b + 1) * NB) - b * NB) * N;
                std::copy(src, src + len, &A[b * NB * N]);
                src += len;
            }
        }
    }
}
