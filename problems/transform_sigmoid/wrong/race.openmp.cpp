#include <omp.h>
#include <cmath>
#include <vector>

// Each thread takes a private copy of the whole of x, transforms its own share of that copy, and
// then copies its WHOLE copy back into the shared x with no synchronisation, instead of only its
// share: the last writer wins. Right with one thread (its share is every element); with several,
// the other threads' shares go back untransformed.
void sigmoidInPlace(std::vector<double>& x) {
    const std::size_t n = x.size();
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        std::vector<double> mine(x);
#pragma omp barrier
        for (std::size_t i = n * t / T; i < n * (t + 1) / T; ++i) mine[i] = 1.0 / (1.0 + std::exp(-mine[i]));
        for (std::size_t i = 0; i < n; ++i) x[i] = mine[i];
    }
}
