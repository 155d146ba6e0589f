#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <omp.h>
#include <vector>

struct Particle {
    double x, y;
    double mass;
};

namespace {

std::size_t wrapIndex(double coordinate, std::size_t period) {
    const long long p = static_cast<long long>(period);
    long long k = static_cast<long long>(std::floor(coordinate)) % p;
    if (k < 0) k += p;
    return static_cast<std::size_t>(k);
}

}  // namespace

void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height, std::vector<double>& grid) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(particles.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;
    const long cells = static_cast<long>(width * height);

    // this rank's grid: per-thread private grids over the rank's block, summed cell by cell
    std::vector<double> rankGrid(cells, 0.0);
    std::vector<std::vector<double>> partial;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
#pragma omp single
        partial.resize(omp_get_num_threads());
        std::vector<double>& mine = partial[t];
        mine.assign(cells, 0.0);
#pragma omp for schedule(static)
        for (long k = begin; k < end; ++k) {
            const Particle& p = particles[k];
            mine[wrapIndex(p.y, height) * width + wrapIndex(p.x, width)] += p.mass;
        }
        const int threads = static_cast<int>(partial.size());
#pragma omp for schedule(static)
        for (long c = 0; c < cells; ++c) {
            double s = 0.0;
            for (int u = 0; u < threads; ++u) s += partial[u][c];
            rankGrid[c] = s;
        }
    }

    // sum the rank grids on rank 0 (in chunks, so every count fits in an int)
    const long chunk = 1L << 26;
    for (long off = 0; off < cells; off += chunk) {
        const int count = static_cast<int>(cells - off < chunk ? cells - off : chunk);
        MPI_Reduce(rankGrid.data() + off, rank == 0 ? grid.data() + off : nullptr, count, MPI_DOUBLE, MPI_SUM, 0,
                   MPI_COMM_WORLD);
    }
}
