#include <mpi.h>
#include <cmath>
#include <complex>
#include <vector>

namespace {

void fftRec(std::vector<std::complex<double>>& a) {
    const size_t n = a.size();
    if (n < 2) return;
    std::vector<std::complex<double>> even(n / 2), odd(n / 2);
    for (size_t i = 0; i < n / 2; ++i) {
        even[i] = a[2 * i];
        odd[i] = a[2 * i + 1];
    }
    fftRec(even);
    fftRec(odd);
    for (size_t k = 0; k < n / 2; ++k) {
        const std::complex<double> t = std::polar(1.0, -2.0 * M_PI * k / n) * odd[k];
        a[k] = even[k] + t;
        a[k + n / 2] = even[k] - t;
    }
}

}  // namespace

// Wrong on purpose: each rank transforms only its own block of the input (the rest set to zero)
// and the ranks' contributions are never combined.
void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t N = x.size();
    for (size_t i = 0; i < N; ++i)
        if (i < N * rank / size || i >= N * (rank + 1) / size) x[i] = 0.0;
    fftRec(x);
}
