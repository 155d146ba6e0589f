#include <mpi.h>
#include <omp.h>
#include <vector>

double sumOfSquares(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(x.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;
    double local = 0.0;
#pragma omp parallel for reduction(+ : local) schedule(static)
    for (long i = begin; i < end; ++i) local += x[i] * x[i];
    double total = 0.0;
    MPI_Reduce(&local, &total, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
    return total;
}
