#include <mpi.h>
#include <vector>

bool reduceLogicalXor(std::vector<bool> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;
    bool local = false;
    for (auto it = x.begin() + begin, stop = x.begin() + end; it != stop; ++it) local ^= *it;
    int mine = local ? 1 : 0, total = 0;
    MPI_Reduce(&mine, &total, 1, MPI_INT, MPI_LXOR, 0, MPI_COMM_WORLD);
    return total != 0;
}
