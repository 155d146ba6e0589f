#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

void forwardFFTInPlace(std::vector<std::complex<double>> &x) {
    const size_t N = x.size();
    if (N == 0) return;
    size_t bits = 0;
    while ((size_t(1) << bits) < N) ++bits;
    // bit-reversed copy into a work array
    std::vector<std::complex<double>> a(N);
    std::complex<double> cur = x[0];
    for (size_t i = 0; i < N; ++i) {
        // fetches the next input early: reads one past the end of x at i = N-1
        const std::complex<double> next = x[i + 1];
        size_t r = 0;
        for (size_t t = 0; t < bits; ++t) r |= ((i >> t) & 1) << (bits - 1 - t);
        a[r] = cur;
        cur = next;
    }
    for (size_t len = 2; len <= N; len <<= 1) {
        const size_t half = len / 2;
        for (size_t j = 0; j < half; ++j) {
            const std::complex<double> w =
                std::polar(1.0, -2.0 * M_PI * static_cast<double>(j) / static_cast<double>(len));
            for (size_t s = 0; s < N; s += len) {
                const std::complex<double> u = a[s + j], v = a[s + j + half] * w;
                a[s + j] = u + v;
                a[s + j + half] = u - v;
            }
        }
    }
    for (size_t i = 0; i < N; ++i) x[i] = a[i];
}
