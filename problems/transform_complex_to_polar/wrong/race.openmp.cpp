#include <omp.h>
#include <complex>
#include <vector>

// Each thread converts its own share of z into private full-length vectors (zeros elsewhere),
// then every thread copies its WHOLE vectors into the shared magnitude and phase with no
// synchronisation, instead of only its share: the last writer wins. Right with one thread (its
// share is every element); with several, the other threads' shares are overwritten with zeros.
void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
    const std::size_t n = z.size();
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        std::vector<double> mag(n, 0.0), ph(n, 0.0);
        for (std::size_t i = n * t / T; i < n * (t + 1) / T; ++i) {
            mag[i] = std::abs(z[i]);
            ph[i] = std::arg(z[i]);
        }
        for (std::size_t i = 0; i < n; ++i) {
            magnitude[i] = mag[i];
            phase[i] = ph[i];
        }
    }
}
