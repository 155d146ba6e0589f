#include <omp.h>
#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

void discreteFourierTransform(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &X) {
    const long N = static_cast<long>(x.size());
    // twiddle table: exp(-2 pi i m / N) for m = 0 .. N-1; k*n mod N indexes it exactly
    std::vector<double> wr(N), wi(N);
    const double step = -2.0 * M_PI / static_cast<double>(N);
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (long m = 0; m < N; ++m) {
            wr[m] = std::cos(step * static_cast<double>(m));
            wi[m] = std::sin(step * static_cast<double>(m));
        }
        // every output frequency costs the same: split them evenly over the threads
#pragma omp for schedule(static)
        for (long k = 0; k < N; ++k) {
            double re = 0.0, im = 0.0;
            long idx = 0;
            for (long n = 0; n < N; ++n) {
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
