#include <cstddef>
#include <vector>

struct Particle {
    double x, y;
    double mass;
};

// Wrong on purpose: truncates coordinates and ignores the periodic wrap (drops particles outside).
void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height, std::vector<double>& grid) {
    for (const Particle& p : particles) {
        if (p.x < 0 || p.y < 0 || p.x >= width || p.y >= height) continue;
        grid[static_cast<std::size_t>(p.y) * width + static_cast<std::size_t>(p.x)] += p.mass;
    }
}
