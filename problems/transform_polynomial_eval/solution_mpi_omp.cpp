#include <mpi.h>
#include <omp.h>
#include <vector>

// Each rank evaluates a contiguous block of x with its threads (Horner's rule), then rank 0
// gathers the blocks in place.
void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<int> counts(size), displs(size);
    for (int p = 0; p < size; ++p) {
        displs[p] = static_cast<int>(n * p / size);
        counts[p] = static_cast<int>(n * (p + 1) / size) - displs[p];
    }
    const std::size_t degree = coefficients.size() - 1;
    const double* c = coefficients.data();
    const long begin = displs[rank], end = begin + counts[rank];
#pragma omp parallel for schedule(static)
    for (long i = begin; i < end; ++i) {
        const double t = x[i];
        double value = c[degree];
        for (std::size_t k = degree; k-- > 0;) value = value * t + c[k];
        y[i] = value;
    }
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, y.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(y.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
}
