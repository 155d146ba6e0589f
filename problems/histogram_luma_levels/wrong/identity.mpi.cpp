#include <mpi.h>
#include <array>
#include <cstddef>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

// Wrong on purpose: counts the red channel values instead of the gray levels.
void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts) {
    counts.fill(0);
    for (const Pixel& p : image) ++counts[p.r];
}
