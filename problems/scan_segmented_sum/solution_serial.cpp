#include <cstddef>
#include <vector>

void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    double running = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        running = (i == 0 || startsSegment[i]) ? x[i] : running + x[i];
        output[i] = running;
    }
}
