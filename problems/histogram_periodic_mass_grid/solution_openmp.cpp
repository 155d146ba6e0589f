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
    const long n = static_cast<long>(particles.size());
    const long cells = static_cast<long>(width * height);
    std::vector<std::vector<double>> partial;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
#pragma omp single
        partial.resize(omp_get_num_threads());
        // implicit barrier: every thread now owns partial[t], a separate heap block (no false sharing)
        std::vector<double>& mine = partial[t];
        mine.assign(cells, 0.0);
#pragma omp for schedule(static)
        for (long k = 0; k < n; ++k) {
            const Particle& p = particles[k];
            mine[wrapIndex(p.y, height) * width + wrapIndex(p.x, width)] += p.mass;
        }
        // implicit barrier above: all private grids are complete; merge them cell by cell
        const int threads = static_cast<int>(partial.size());
#pragma omp for schedule(static)
        for (long c = 0; c < cells; ++c) {
            double s = 0.0;
            for (int u = 0; u < threads; ++u) s += partial[u][c];
            grid[c] += s;
        }
    }
}
