#include <mpi.h>
#include <cstddef>
#include <limits>
#include <vector>

std::size_t countRecordHighs(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;

    // One pass over the block: the records relative to the start of the block, an increasing
    // sequence whose last value is the block maximum.
    const double lowest = -std::numeric_limits<double>::infinity();
    std::vector<double> local_records;
    double best = lowest;
    for (std::size_t i = begin; i < end; ++i) {
        if (x[i] > best) {
            best = x[i];
            local_records.push_back(best);
        }
    }

    // the running maximum of everything before this block
    double before = lowest;
    MPI_Exscan(&best, &before, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
    if (rank == 0) before = lowest;  // MPI_Exscan leaves rank 0's result undefined

    // a block record is a global record exactly when it beats everything before the block
    unsigned long long count = 0;
    for (std::size_t k = local_records.size(); k > 0 && local_records[k - 1] > before; --k) ++count;

    unsigned long long total = 0;
    MPI_Reduce(&count, &total, 1, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    return static_cast<std::size_t>(total);
}
