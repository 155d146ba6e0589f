#include <omp.h>
#include <cstddef>
#include <vector>

// Data race: each thread finds the best offset of its own block of offsets correctly, then
// ASSIGNS it to the shared result with no synchronisation (it should compare it with the other
// threads' winners first). The last writer wins, so with several threads the result is the best
// of one block only, wrong whenever another block holds the best match; one thread is right.
std::size_t bestMatchOffset(std::vector<double> const& signal, std::vector<double> const& pattern) {
    const std::size_t n = signal.size(), m = pattern.size();
    const long offsets = static_cast<long>(n - m + 1);
    std::size_t best = 0;
#pragma omp parallel
    {
        std::size_t mineOffset = 0;
        double mineMismatch = 0.0;
        bool found = false;
#pragma omp for schedule(static)
        for (long p = 0; p < offsets; ++p) {
            double mismatch = 0.0;
            for (std::size_t k = 0; k < m; ++k) {
                const double d = signal[p + k] - pattern[k];
                mismatch += d * d;
            }
            if (!found || mismatch < mineMismatch) {
                mineMismatch = mismatch;
                mineOffset = static_cast<std::size_t>(p);
                found = true;
            }
        }
        if (found) best = mineOffset;
    }
    return best;
}
