#include <mpi.h>
#include <vector>

void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = input.size();
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(n * r / size);
        counts[r] = static_cast<int>(n * (r + 1) / size) - displs[r];
    }
    const std::size_t begin = displs[rank], end = begin + counts[rank];

    // every rank holds all of input, so the block's neighbours need no exchange;
    // each rank writes its block into its own output, then rank 0 collects the blocks
    for (std::size_t i = begin; i < end; ++i) {
        const double left = i > 0 ? input[i - 1] : 0.0;
        const double right = i + 1 < n ? input[i + 1] : 0.0;
        output[i] = (left + input[i] + right) / 3.0;
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, output.data(), counts.data(), displs.data(),
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    else
        MPI_Gatherv(output.data() + begin, counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
