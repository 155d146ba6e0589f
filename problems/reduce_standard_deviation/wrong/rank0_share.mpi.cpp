#include <mpi.h>
#include <cmath>
#include <vector>

// Wrong on purpose: each rank computes the deviation of its own block only; nothing is combined.
double populationStdDev(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    if (begin == end) return 0.0;
    double sum = 0.0;
    for (std::size_t i = begin; i < end; ++i) sum += x[i];
    const double mean = sum / static_cast<double>(end - begin);
    double squares = 0.0;
    for (std::size_t i = begin; i < end; ++i) squares += (x[i] - mean) * (x[i] - mean);
    return std::sqrt(squares / static_cast<double>(end - begin));
}
