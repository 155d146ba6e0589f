#include <mpi.h>
#include <limits>
#include <vector>

// Each rank scores a contiguous block of offsets; MPI_MINLOC keeps the smallest mismatch and,
// among equal mismatches, the smallest offset.
std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = signal.size(), m = pattern.size();
    const std::size_t offsets = n - m + 1;
    const std::size_t begin = offsets * rank / size, end = offsets * (rank + 1) / size;

    struct {
        double mismatch;
        int offset;
    } local{std::numeric_limits<double>::infinity(), static_cast<int>(begin)}, global{0.0, 0};
    for (std::size_t p = begin; p < end; ++p) {
        double mismatch = 0.0;
        for (std::size_t k = 0; k < m; ++k) {
            const double d = signal[p + k] - pattern[k];
            mismatch += d * d;
        }
        if (p == begin || mismatch < local.mismatch) {
            local.mismatch = mismatch;
            local.offset = static_cast<int>(p);
        }
    }
    if (begin == end) local.offset = std::numeric_limits<int>::max();  // no offsets here
    MPI_Reduce(&local, &global, 1, MPI_DOUBLE_INT, MPI_MINLOC, 0, MPI_COMM_WORLD);
    return static_cast<std::size_t>(global.offset);
}
