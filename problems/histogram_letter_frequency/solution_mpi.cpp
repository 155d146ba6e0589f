#include <mpi.h>
#include <array>
#include <cstddef>
#include <string>

std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = text.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;

    unsigned long long local[26] = {0};
    for (std::size_t i = begin; i < end; ++i) {
        const char c = text[i];
        if (c >= 'a' && c <= 'z') ++local[c - 'a'];
        else if (c >= 'A' && c <= 'Z') ++local[c - 'A'];
    }

    unsigned long long total[26] = {0};
    MPI_Reduce(local, total, 26, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    std::array<std::size_t, 26> counts{};
    if (rank == 0)
        for (int b = 0; b < 26; ++b) counts[b] = static_cast<std::size_t>(total[b]);
    return counts;
}
