#include <complex>
#include <vector>

// Wrong on purpose: copies the real and imaginary parts instead of converting to polar form.
void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
    for (std::size_t i = 0; i < z.size(); ++i) {
        magnitude[i] = z[i].real();
        phase[i] = z[i].imag();
    }
}
