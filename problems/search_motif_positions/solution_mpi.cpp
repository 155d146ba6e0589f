#include <mpi.h>
#include <cstdint>
#include <string>
#include <vector>

static_assert(sizeof(std::size_t) == sizeof(std::uint64_t), "positions travel as 64-bit integers");

// Each rank tests a contiguous block of the possible starting positions (reading at most
// motif.size() - 1 letters beyond it); rank 0 gathers the matches, which arrive in order.
std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = genome.size(), m = motif.size();
    const std::size_t starts = m <= n ? n - m + 1 : 0;
    const std::size_t begin = starts * rank / size, end = starts * (rank + 1) / size;

    std::vector<std::size_t> mine;
    for (std::size_t p = begin; p < end; ++p) {
        std::size_t k = 0;
        while (k < m && genome[p + k] == motif[k]) ++k;
        if (k == m) mine.push_back(p);
    }

    const int count = static_cast<int>(mine.size());
    std::vector<int> counts(size), displs(size);
    MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    int total = 0;
    if (rank == 0)
        for (int r = 0; r < size; ++r) {
            displs[r] = total;
            total += counts[r];
        }
    std::vector<std::size_t> result(rank == 0 ? total : 0);
    MPI_Gatherv(mine.data(), count, MPI_UINT64_T, result.data(), counts.data(), displs.data(), MPI_UINT64_T, 0,
                MPI_COMM_WORLD);
    return result;
}
