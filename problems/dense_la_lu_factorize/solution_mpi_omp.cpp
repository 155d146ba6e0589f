#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Blocks of NB rows are dealt to the ranks cyclically (block b belongs to rank b % size). For
// each block the owner finishes it and broadcasts its part on and right of the diagonal, and
// every rank's threads apply it to the later rows that rank owns. MPI calls are made only by the
// calling thread, outside parallel regions.
void luFactorizeInPlace(std::vector<double> &A, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(N);
    const long NB = 32;
    const long nblocks = (n + NB - 1) / NB;
    double* a = A.data();
    std::vector<double> panel(NB * N);
    std::vector<long> rows;  // the later rows this rank owns
    rows.reserve(N);
    for (long b = 0; b < nblocks; ++b) {
        const long r0 = b * NB, r1 = std::min(n, r0 + NB), h = r1 - r0, w = n - r0;
        const int owner = static_cast<int>(b % size);
        if (rank == owner) {
            // finish the block's own rows (little work: one thread), then pack the panel
            for (long k = r0; k < r1; ++k) {
                const double* p = a + k * n;
                const double inv = 1.0 / p[k];
                for (long i = k + 1; i < r1; ++i) {
                    double* row = a + i * n;
                    const double l = row[k] * inv;
                    row[k] = l;
                    for (long j = k + 1; j < n; ++j) row[j] -= l * p[j];
                }
            }
            for (long k = r0; k < r1; ++k) std::copy(a + k * n + r0, a + k * n + n, &panel[(k - r0) * w]);
        }
        MPI_Bcast(panel.data(), static_cast<int>(h * w), MPI_DOUBLE, owner, MPI_COMM_WORLD);

        rows.clear();
        for (long c = b + 1; c < nblocks; ++c) {
            if (static_cast<int>(c % size) != rank) continue;
            for (long i = c * NB; i < std::min(n, (c + 1) * NB); ++i) rows.push_back(i);
        }
        const long m = static_cast<long>(rows.size());
        const double* pan = panel.data();
#pragma omp parallel for schedule(static)
        for (long t = 0; t < m; ++t) {
            double* row = a + rows[t] * n + r0;
            for (long k = 0; k < h; ++k) {
                const double* p = pan + k * w;
                const double l = row[k] * (1.0 / p[k]);
                row[k] = l;
                for (long j = k + 1; j < w; ++j) row[j] -= l * p[j];
            }
        }
    }
    // gather the owned blocks of rows (packed in increasing order) to rank 0
    std::vector<int> counts(size, 0), displs(size, 0);
    for (long b = 0; b < nblocks; ++b)
        counts[b % size] += static_cast<int>((std::min(n, (b + 1) * NB) - b * NB) * n);
    for (int r = 1; r < size; ++r) displs[r] = displs[r - 1] + counts[r - 1];
    std::vector<double> mine;
    mine.reserve(counts[rank]);
    for (long b = rank; b < nblocks; b += size)
        mine.insert(mine.end(), a + b * NB * n, a + std::min(n, (b + 1) * NB) * n);
    std::vector<double> all(rank == 0 ? N * N : 0);
    MPI_Gatherv(mine.data(), counts[rank], MPI_DOUBLE, all.data(), counts.data(), displs.data(),
                MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        for (int r = 1; r < size; ++r) {
            const double* src = all.data() + displs[r];
            for (long b = r; b < nblocks; b += size) {
                const long len = (std::min(n, (b + 1) * NB) - b * NB) * n;
                std::copy(src, src + len, a + b * NB * n);
                src += len;
            }
        }
    }
}
