#include <array>
#include <cstddef>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts) {
    for (auto& c : counts) c = 0;
    const std::size_t n = image.size();
    if (n == 0) return;
    Pixel next = image[0];
    for (std::size_t i = 0; i < n; ++i) {
        const Pixel p = next;
        next = image[i + 1];  // reads one pixel past the end on the last iteration
        const unsigned level = (299u * p.r + 587u * p.g + 114u * p.b) / 1000u;
        ++counts[level];
    }
}
