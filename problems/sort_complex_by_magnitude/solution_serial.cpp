#include <algorithm>
#include <complex>
#include <vector>

void sortByMagnitude(std::vector<std::complex<double>>& x) {
    std::sort(x.begin(), x.end(),
              [](const std::complex<double>& a, const std::complex<double>& b) { return std::abs(a) < std::abs(b); });
}
