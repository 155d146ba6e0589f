#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank returns the best offset within its own block of offsets; the
// ranks' results are never compared.
std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t offsets = signal.size() - pattern.size() + 1;
    std::size_t best = offsets * rank / size;
    double bestMismatch = 1e300;
    for (std::size_t p = offsets * rank / size; p < offsets * (rank + 1) / size; ++p) {
        double s = 0.0;
        for (std::size_t k = 0; k < pattern.size(); ++k) s += (signal[p + k] - pattern[k]) * (signal[p + k] - pattern[k]);
        if (s < bestMismatch) {
            bestMismatch = s;
            best = p;
        }
    }
    return best;
}
