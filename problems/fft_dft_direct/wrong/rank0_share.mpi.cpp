#include <mpi.h>
#include <cmath>
#include <complex>
#include <vector>

// Wrong on purpose: each rank computes only its own block of frequencies; nothing is gathered.
void discreteFourierTransform(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &X) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t N = x.size();
    for (size_t k = N * rank / size; k < N * (rank + 1) / size; ++k) {
        std::complex<double> s = 0.0;
        for (size_t n = 0; n < N; ++n)
            s += x[n] * std::polar(1.0, -2.0 * M_PI * static_cast<double>((k * n) % N) / static_cast<double>(N));
        X[k] = s;
    }
}
