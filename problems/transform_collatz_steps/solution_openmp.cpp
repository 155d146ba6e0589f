#include <omp.h>
#include <cstdint>
#include <vector>

// Trajectory lengths vary a lot from element to element, so iterations are handed out
// dynamically in chunks.
std::vector<int> collatzStepCounts(std::vector<int> const& x) {
    const long n = static_cast<long>(x.size());
    std::vector<int> steps(x.size());
#pragma omp parallel for schedule(dynamic, 512)
    for (long i = 0; i < n; ++i) {
        std::uint64_t v = static_cast<std::uint64_t>(x[i]);  // trajectories can exceed the int range
        int count = 0;
        while (v != 1) {
            v = (v % 2 == 0) ? v / 2 : 3 * v + 1;
            ++count;
        }
        steps[i] = count;
    }
    return steps;
}
