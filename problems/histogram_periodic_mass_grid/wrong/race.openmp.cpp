// Race: each thread deposits its share of the particles correctly into a private grid, then
// ASSIGNS that grid to the shared one with no synchronisation ("last writer wins"). With one
// thread the answer is right; with several, each cell keeps only one thread's mass.
#include <cmath>
#include <cstddef>
#include <omp.h>
#include <vector>

struct Particle {
    double x, y;
    double mass;
};

static std::size_t wrapIndex(double coordinate, std::size_t period) {
    const long long p = static_cast<long long>(period);
    long long k = static_cast<long long>(std::floor(coordinate)) % p;
    if (k < 0) k += p;
    return static_cast<std::size_t>(k);
}

void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height, std::vector<double>& grid) {
    const long n = static_cast<long>(particles.size());
    const std::size_t cells = width * height;
#pragma omp parallel
    {
        std::vector<double> mine(cells, 0.0);
#pragma omp for schedule(static) nowait
        for (long k = 0; k < n; ++k) {
            const Particle& p = particles[k];
            mine[wrapIndex(p.y, height) * width + wrapIndex(p.x, width)] += p.mass;
        }
        for (std::size_t c = 0; c < cells; ++c) grid[c] = mine[c];
    }
}
