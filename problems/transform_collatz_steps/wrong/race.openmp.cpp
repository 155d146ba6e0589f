#include <omp.h>
#include <cstdint>
#include <vector>

// Each thread counts the steps of its own share of x into a private full-length vector (zeros
// elsewhere), then every thread copies its WHOLE vector into the shared result with no
// synchronisation, instead of only its share: the last writer wins. Right with one thread (its
// share is every element); with several, the other threads' shares are overwritten with zeros.
std::vector<int> collatzStepCounts(std::vector<int> const& x) {
    const std::size_t n = x.size();
    std::vector<int> steps(n, 0);
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        std::vector<int> mine(n, 0);
        for (std::size_t i = n * t / T; i < n * (t + 1) / T; ++i) {
            std::uint64_t v = static_cast<std::uint64_t>(x[i]);
            int count = 0;
            while (v != 1) {
                v = (v % 2 == 0) ? v / 2 : 3 * v + 1;
                ++count;
            }
            mine[i] = count;
        }
        for (std::size_t i = 0; i < n; ++i) steps[i] = mine[i];
    }
    return steps;
}
