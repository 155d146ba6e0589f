#include <mpi.h>
#include <array>
#include <cstddef>
#include <omp.h>
#include <string>

std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(text.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;

    unsigned long long rankCounts[26] = {0};
#pragma omp parallel
    {
        unsigned long long local[26] = {0};
#pragma omp for schedule(static) nowait
        for (long i = begin; i < end; ++i) {
            const char c = text[i];
            if (c >= 'a' && c <= 'z') ++local[c - 'a'];
            else if (c >= 'A' && c <= 'Z') ++local[c - 'A'];
        }
#pragma omp critical
        for (int b = 0; b < 26; ++b) rankCounts[b] += local[b];
    }

    unsigned long long total[26] = {0};
    MPI_Reduce(rankCounts, total, 26, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    std::array<std::size_t, 26> counts{};
    if (rank == 0)
        for (int b = 0; b < 26; ++b) counts[b] = static_cast<std::size_t>(total[b]);
    return counts;
}
