#include <mpi.h>
#include <array>
#include <cstddef>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

// Wrong on purpose: every rank counts only its own block of pixels; nothing is combined.
void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = image.size();
    counts.fill(0);
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        const Pixel& p = image[i];
        ++counts[(299 * p.r + 587 * p.g + 114 * p.b) / 1000];
    }
}
