#include <vector>

std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern) {
    const std::size_t n = signal.size(), m = pattern.size();
    std::size_t best = 0;
    double bestMismatch = 0.0;
    for (std::size_t p = 0; p + m <= n; ++p) {
        double mismatch = 0.0;
        for (std::size_t k = 0; k < m; ++k) {
            const double d = signal[p + k] - pattern[k];
            mismatch += d * d;
        }
        if (p == 0 || mismatch < bestMismatch) {
            bestMismatch = mismatch;
            best = p;
        }
    }
    return best;
}
