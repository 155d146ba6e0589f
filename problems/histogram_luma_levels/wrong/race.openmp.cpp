// Race: each thread counts its share correctly into a private tally, then ASSIGNS that tally to
// the shared counts with no synchronisation ("last writer wins"). With one thread the answer is
// right; with several, each gray level keeps only one thread's count.
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
        std::array<std::size_t, 256> local{};
#pragma omp for schedule(static) nowait
        for (long i = 0; i < n; ++i) {
            const Pixel& p = image[i];
            ++local[(299 * p.r + 587 * p.g + 114 * p.b) / 1000];
        }
        for (int v = 0; v < 256; ++v) counts[v] = local[v];
    }
}
