#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

struct Particle {
    double x, y;
    double mass;
};

namespace {

std::size_t wrap(double coordinate, std::size_t period) {
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
    const std::size_t n = particles.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;
    const std::size_t cells = width * height;

    std::vector<double> local(cells, 0.0);
    for (std::size_t k = begin; k < end; ++k) {
        const Particle& p = particles[k];
        local[wrap(p.y, height) * width + wrap(p.x, width)] += p.mass;
    }
    // the grid may exceed INT_MAX elements only in theory; reduce it in chunks to be safe
    const std::size_t chunk = 1 << 26;
    for (std::size_t off = 0; off < cells; off += chunk) {
        const int count = static_cast<int>(cells - off < chunk ? cells - off : chunk);
        MPI_Reduce(local.data() + off, rank == 0 ? grid.data() + off : nullptr, count, MPI_DOUBLE, MPI_SUM, 0,
                   MPI_COMM_WORLD);
    }
}
