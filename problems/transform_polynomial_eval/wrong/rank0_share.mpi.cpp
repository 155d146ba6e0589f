#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank evaluates only its own block; nothing is gathered.
void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        double value = 0.0, power = 1.0;
        for (double c : coefficients) {
            value += c * power;
            power *= x[i];
        }
        y[i] = value;
    }
}
