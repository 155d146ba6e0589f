#include <mpi.h>
#include <array>
#include <cstddef>
#include <string>

// Wrong on purpose: every rank counts only its own block of characters and returns that.
std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = text.size();
    std::array<std::size_t, 26> counts{};
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        const char c = text[i];
        if (c >= 'a' && c <= 'z') ++counts[c - 'a'];
        else if (c >= 'A' && c <= 'Z') ++counts[c - 'A'];
    }
    return counts;
}
