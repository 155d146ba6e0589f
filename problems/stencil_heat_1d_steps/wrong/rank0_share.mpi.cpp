#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank advances only its own block, treating the values just outside it
// as fixed; no ghost values are exchanged and nothing is gathered.
void heatSteps1D(std::vector<double>& u, double r, int steps) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = u.size();
    if (n < 3) return;
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    std::vector<double> next(u);
    for (int s = 0; s < steps; ++s) {
        for (std::size_t i = begin; i < end; ++i)
            if (i > 0 && i + 1 < n) next[i] = u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        u.swap(next);
    }
}
