#include <array>
#include <cstddef>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts) {
    counts.fill(0);
    for (const Pixel& p : image) ++counts[(299 * p.r + 587 * p.g + 114 * p.b) / 1000];
}
