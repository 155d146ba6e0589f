#include <omp.h>
#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

// Each thread sums its own share of the samples n for every frequency k, then ASSIGNS that
// partial sum to the shared X[k] with no synchronisation instead of adding it: the last writer
// wins. Right with one thread (its share is every sample); with several, X[k] keeps only one
// thread's part of the sum.
void discreteFourierTransform(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &X) {
    const long N = static_cast<long>(x.size());
    std::vector<double> wr(N), wi(N);
    const double step = -2.0 * M_PI / static_cast<double>(N);
    for (long m = 0; m < N; ++m) {
        wr[m] = std::cos(step * static_cast<double>(m));
        wi[m] = std::sin(step * static_cast<double>(m));
    }
#pragma omp parallel
    {
        const long t = omp_get_thread_num(), T = omp_get_num_threads();
        const long n0 = N * t / T, n1 = N * (t + 1) / T;
        for (long k = 0; k < N; ++k) {
            double re = 0.0, im = 0.0;
            long idx = (k * n0) % N;
            for (long n = n0; n < n1; ++n) {
                const double a = x[n].real(), b = x[n].imag();
                re += a * wr[idx] - b * wi[idx];
                im += a * wi[idx] + b * wr[idx];
                idx += k;
                if (idx >= N) idx -= N;
            }
            X[k] = std::complex<double>(re, im);
        }
    }
}
