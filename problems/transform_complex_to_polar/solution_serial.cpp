#include <complex>
#include <vector>

void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
    for (std::size_t i = 0; i < z.size(); ++i) {
        magnitude[i] = std::abs(z[i]);
        phase[i] = std::arg(z[i]);
    }
}
