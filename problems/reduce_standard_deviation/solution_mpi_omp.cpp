#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <vector>

double populationStdDev(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(x.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;

    // Pass 1: every rank sums its block with its threads; all ranks need the mean.
    double local_sum = 0.0;
#pragma omp parallel for reduction(+ : local_sum) schedule(static)
    for (long i = begin; i < end; ++i) local_sum += x[i];
    double sum = 0.0;
    MPI_Allreduce(&local_sum, &sum, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
    const double mean = sum / static_cast<double>(n);

    // Pass 2: squared deviations of the block, combined on rank 0.
    double local_squares = 0.0;
#pragma omp parallel for reduction(+ : local_squares) schedule(static)
    for (long i = begin; i < end; ++i) {
        const double d = x[i] - mean;
        local_squares += d * d;
    }
    double squares = 0.0;
    MPI_Reduce(&local_squares, &squares, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return std::sqrt(squares / static_cast<double>(n));
}
