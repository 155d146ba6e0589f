#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

namespace {
// Sobel magnitude of one image row i, written into row i of edges; missing neighbours are 0.
inline void sobelRow(const int* image, int* edges, const int* zeros, std::size_t rows, std::size_t cols,
                     std::size_t i) {
    const int* up = i > 0 ? image + (i - 1) * cols : zeros;
    const int* mid = image + i * cols;
    const int* down = i + 1 < rows ? image + (i + 1) * cols : zeros;
    int* out = edges + i * cols;
    for (std::size_t j = 0; j < cols; ++j) {
        const bool l = j > 0, r = j + 1 < cols;
        const int ul = l ? up[j - 1] : 0, ur = r ? up[j + 1] : 0;
        const int ml = l ? mid[j - 1] : 0, mr = r ? mid[j + 1] : 0;
        const int dl = l ? down[j - 1] : 0, dr = r ? down[j + 1] : 0;
        const int gx = (ur + 2 * mr + dr) - (ul + 2 * ml + dl);
        const int gy = (dl + 2 * down[j] + dr) - (ul + 2 * up[j] + ur);
        out[j] = static_cast<int>(std::sqrt(static_cast<double>(gx * gx + gy * gy)));
    }
}
}  // namespace

// Each rank computes a contiguous block of rows with its OpenMP threads (every rank holds the
// whole image, so the rows next to a block need no exchange); rank 0 then gathers the blocks.
void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    std::vector<int> counts(size), offsets(size);
    for (int p = 0; p < size; ++p) {
        const std::size_t lo = rows * p / size, hi = rows * (p + 1) / size;
        offsets[p] = static_cast<int>(lo * cols);
        counts[p] = static_cast<int>((hi - lo) * cols);
    }
    const long first = static_cast<long>(rows * rank / size), last = static_cast<long>(rows * (rank + 1) / size);
    const std::vector<int> zeros(cols, 0);
    const int* im = image.data();
    int* ed = edges.data();
    const int* z = zeros.data();
#pragma omp parallel for schedule(static)
    for (long i = first; i < last; ++i) sobelRow(im, ed, z, rows, cols, static_cast<std::size_t>(i));
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_INT, edges.data(), counts.data(), offsets.data(), MPI_INT, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(edges.data() + offsets[rank], counts[rank], MPI_INT, nullptr, nullptr, nullptr, MPI_INT, 0,
                    MPI_COMM_WORLD);
}
