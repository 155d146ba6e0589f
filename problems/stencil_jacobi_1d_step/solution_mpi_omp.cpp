#include <mpi.h>
#include <omp.h>
#include <vector>

// Each rank computes one contiguous block of output with its OpenMP threads (every rank holds
// all of input, so block edges need no exchange); rank 0 then gathers the blocks.
void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(input.size());
    std::vector<int> counts(size), offsets(size);
    for (int p = 0; p < size; ++p) {
        offsets[p] = static_cast<int>(n * p / size);
        counts[p] = static_cast<int>(n * (p + 1) / size) - offsets[p];
    }
    const long first = offsets[rank], last = first + counts[rank];
    const double* in = input.data();
    double* out = output.data();
#pragma omp parallel for schedule(static)
    for (long i = first; i < last; ++i) {
        const double l = i > 0 ? in[i - 1] : 0.0;
        const double r = i + 1 < n ? in[i + 1] : 0.0;
        out[i] = (l + in[i] + r) / 3.0;
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, output.data(), counts.data(), offsets.data(),
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    else
        MPI_Gatherv(output.data() + first, counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
