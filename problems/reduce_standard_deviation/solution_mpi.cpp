#include <mpi.h>
#include <cmath>
#include <vector>

double populationStdDev(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;

    double local_sum = 0.0;
    for (std::size_t i = begin; i < end; ++i) local_sum += x[i];
    double sum = 0.0;
    MPI_Allreduce(&local_sum, &sum, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
    const double mean = sum / static_cast<double>(n);

    double local_squares = 0.0;
    for (std::size_t i = begin; i < end; ++i) local_squares += (x[i] - mean) * (x[i] - mean);
    double squares = 0.0;
    MPI_Reduce(&local_squares, &squares, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return std::sqrt(squares / static_cast<double>(n));
}
