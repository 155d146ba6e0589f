#include <mpi.h>
#include <string>
#include <vector>

// Wrong on purpose: each rank returns only the occurrences that start in its own block of the
// genome; nothing is gathered.
std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = genome.size(), m = motif.size();
    std::vector<std::size_t> mine;
    for (std::size_t p = n * rank / size; p < n * (rank + 1) / size; ++p)
        if (p + m <= n && genome.compare(p, m, motif) == 0) mine.push_back(p);
    return mine;
}
