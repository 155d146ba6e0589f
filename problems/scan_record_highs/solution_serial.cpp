#include <cstddef>
#include <vector>

std::size_t countRecordHighs(std::vector<double> const& x) {
    if (x.empty()) return 0;
    std::size_t count = 1;
    double best = x[0];
    for (std::size_t i = 1; i < x.size(); ++i) {
        if (x[i] > best) {
            best = x[i];
            ++count;
        }
    }
    return count;
}
