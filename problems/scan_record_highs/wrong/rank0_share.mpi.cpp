#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank counts the records of its own block only and returns that count.
std::size_t countRecordHighs(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    if (begin == end) return 0;
    std::size_t count = 1;
    double best = x[begin];
    for (std::size_t i = begin + 1; i < end; ++i)
        if (x[i] > best) { best = x[i]; ++count; }
    return count;
}
