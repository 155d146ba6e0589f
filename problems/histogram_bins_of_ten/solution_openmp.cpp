#include <array>
#include <cstddef>
#include <omp.h>
#include <vector>

void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    const long n = static_cast<long>(x.size());
    std::size_t total[10] = {0};
#pragma omp parallel
    {
        // private tally on this thread's stack; merged once at the end
        std::size_t local[10] = {0};
#pragma omp for schedule(static) nowait
        for (long i = 0; i < n; ++i) ++local[x[i] / 10];
#pragma omp critical
        for (int b = 0; b < 10; ++b) total[b] += local[b];
    }
    for (int b = 0; b < 10; ++b) bins[b] = total[b];
}
