#include <mpi.h>
#include <array>
#include <cstddef>
#include <omp.h>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(image.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;

    std::array<unsigned long long, 256> rankCounts{};
#pragma omp parallel
    {
        std::array<unsigned long long, 256> local{};
#pragma omp for schedule(static) nowait
        for (long i = begin; i < end; ++i) {
            const Pixel& p = image[i];
            ++local[(299 * p.r + 587 * p.g + 114 * p.b) / 1000];
        }
#pragma omp critical
        for (int v = 0; v < 256; ++v) rankCounts[v] += local[v];
    }

    std::array<unsigned long long, 256> total{};
    MPI_Reduce(rankCounts.data(), total.data(), 256, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    if (rank == 0)
        for (int v = 0; v < 256; ++v) counts[v] = static_cast<std::size_t>(total[v]);
}
