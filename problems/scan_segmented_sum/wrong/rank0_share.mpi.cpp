#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: rank 0 scans only its own block and never receives the other blocks.
void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    double running = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
        running = (i == begin || startsSegment[i]) ? x[i] : running + x[i];
        output[i] = running;
    }
}
