#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

struct Particle {
    double x, y;
    double mass;
};

// Wrong on purpose: every rank deposits only its own block of particles; grids are never summed.
void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height, std::vector<double>& grid) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = particles.size();
    const long long w = static_cast<long long>(width), h = static_cast<long long>(height);
    for (std::size_t k = n * rank / size; k < n * (rank + 1) / size; ++k) {
        const Particle& p = particles[k];
        const long long i = ((static_cast<long long>(std::floor(p.x)) % w) + w) % w;
        const long long j = ((static_cast<long long>(std::floor(p.y)) % h) + h) % h;
        grid[j * w + i] += p.mass;
    }
}
