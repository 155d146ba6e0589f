#include <omp.h>
#include <algorithm>
#include <complex>
#include <cstddef>
#include <vector>

// Every thread sorts its own share of x and then writes it, unsynchronised, to the start of the
// shared result as if it were the whole answer: with one thread that is right; with several, the
// threads overwrite each other's output (last writer wins) and the rest of x is never sorted.
void sortByMagnitude(std::vector<std::complex<double>>& x) {
    const std::size_t n = x.size();
    const std::vector<std::complex<double>> input = x;
#pragma omp parallel
    {
        const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
        const std::size_t threads = static_cast<std::size_t>(omp_get_num_threads());
        std::vector<std::complex<double>> mine(input.begin() + n * t / threads,
                                               input.begin() + n * (t + 1) / threads);
        std::sort(mine.begin(), mine.end(), [](const std::complex<double>& a, const std::complex<double>& b) {
            return std::abs(a) < std::abs(b);
        });
        std::copy(mine.begin(), mine.end(), x.begin());
    }
}
