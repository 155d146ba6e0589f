// Race: each thread counts its share correctly into a private tally, then ASSIGNS that tally to
// the shared bins with no synchronisation ("last writer wins"). With one thread the answer is
// right; with several, each bin keeps only one thread's count.
#include <array>
#include <cstddef>
#include <omp.h>
#include <vector>

void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins) {
    const long n = static_cast<long>(x.size());
    bins.fill(0);
#pragma omp parallel
    {
        std::size_t local[10] = {0};
#pragma omp for schedule(static) nowait
        for (long i = 0; i < n; ++i) ++local[x[i] / 10];
        for (int b = 0; b < 10; ++b) bins[b] = local[b];
    }
}
