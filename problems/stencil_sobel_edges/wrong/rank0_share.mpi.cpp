#include <mpi.h>
#include <cmath>
#include <vector>

// Wrong on purpose: each rank computes only its own block of rows; nothing is gathered.
void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long long R = static_cast<long long>(rows), C = static_cast<long long>(cols);
    auto p = [&](long long i, long long j) { return (i < 0 || i >= R || j < 0 || j >= C) ? 0 : image[i * C + j]; };
    for (long long i = R * rank / size; i < R * (rank + 1) / size; ++i)
        for (long long j = 0; j < C; ++j) {
            const int gx = (p(i - 1, j + 1) + 2 * p(i, j + 1) + p(i + 1, j + 1)) -
                           (p(i - 1, j - 1) + 2 * p(i, j - 1) + p(i + 1, j - 1));
            const int gy = (p(i + 1, j - 1) + 2 * p(i + 1, j) + p(i + 1, j + 1)) -
                           (p(i - 1, j - 1) + 2 * p(i - 1, j) + p(i - 1, j + 1));
            edges[i * C + j] = static_cast<int>(std::sqrt(static_cast<double>(gx * gx + gy * gy)));
        }
}
