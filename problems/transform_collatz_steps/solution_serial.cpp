#include <cstdint>
#include <vector>

std::vector<int> collatzStepCounts(std::vector<int> const& x) {
    std::vector<int> steps(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
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
