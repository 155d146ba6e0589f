#include <mpi.h>
#include <array>
#include <cstddef>
#include <omp.h>
#include <vector>

void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(x.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;

    unsigned long long rankCounts[10] = {0};
#pragma omp parallel
    {
        unsigned long long local[10] = {0};
#pragma omp for schedule(static) nowait
        for (long i = begin; i < end; ++i) ++local[x[i] / 10];
#pragma omp critical
        for (int b = 0; b < 10; ++b) rankCounts[b] += local[b];
    }

    unsigned long long total[10] = {0};
    MPI_Reduce(rankCounts, total, 10, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    if (rank == 0)
        for (int b = 0; b < 10; ++b) bins[b] = static_cast<std::size_t>(total[b]);
}
