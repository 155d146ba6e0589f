#include <mpi.h>
#include <array>
#include <cstddef>
#include <vector>

void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;

    unsigned long long local[10] = {0};
    for (std::size_t i = begin; i < end; ++i) ++local[x[i] / 10];

    unsigned long long total[10] = {0};
    MPI_Reduce(local, total, 10, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    if (rank == 0)
        for (int b = 0; b < 10; ++b) bins[b] = static_cast<std::size_t>(total[b]);
}
