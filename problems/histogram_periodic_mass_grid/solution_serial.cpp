#include <cmath>
#include <cstddef>
#include <vector>

struct Particle {
    double x, y;
    double mass;
};

static std::size_t wrap(double coordinate, std::size_t period) {
    const long long p = static_cast<long long>(period);
    long long k = static_cast<long long>(std::floor(coordinate)) % p;
    if (k < 0) k += p;
    return static_cast<std::size_t>(k);
}

void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height, std::vector<double>& grid) {
    for (const Particle& p : particles) grid[wrap(p.y, height) * width + wrap(p.x, width)] += p.mass;
}
