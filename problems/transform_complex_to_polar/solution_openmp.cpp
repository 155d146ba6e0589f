#include <omp.h>
#include <complex>
#include <vector>

void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
    const long n = static_cast<long>(z.size());
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) {
        magnitude[i] = std::abs(z[i]);
        phase[i] = std::arg(z[i]);
    }
}
