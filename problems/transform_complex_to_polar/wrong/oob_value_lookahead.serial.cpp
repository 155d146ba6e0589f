#include <cmath>
#include <complex>
#include <vector>

void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
    if (z.empty()) return;
    std::complex<double> value = z[0];
    for (std::size_t i = 0; i < z.size(); ++i) {
        const std::complex<double> current = value;
        value = z[i + 1];  // prefetches the next value: one past the end on the last element
        magnitude[i] = std::hypot(current.real(), current.imag());
        phase[i] = std::atan2(current.imag(), current.real());
    }
}
