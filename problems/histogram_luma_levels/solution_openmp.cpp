#include <array>
#include <cstddef>
#include <omp.h>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts) {
    const long n = static_cast<long>(image.size());
    counts.fill(0);
#pragma omp parallel
    {
        // private 256-bin tally per thread (2 KiB on its own stack), merged once at the end
        std::array<std::size_t, 256> local{};
#pragma omp for schedule(static) nowait
        for (long i = 0; i < n; ++i) {
            const Pixel& p = image[i];
            ++local[(299 * p.r + 587 * p.g + 114 * p.b) / 1000];
        }
#pragma omp critical
        for (int v = 0; v < 256; ++v) counts[v] += local[v];
    }
}
