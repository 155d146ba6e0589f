#include <limits>
#include <vector>

int smallestOddValue(std::vector<int> const& x) {
    int best = std::numeric_limits<int>::max();
    for (int v : x)
        if ((v & 1) != 0 && v < best) best = v;
    return best;
}
