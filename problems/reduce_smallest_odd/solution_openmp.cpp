#include <omp.h>
#include <limits>
#include <vector>

// The threads split x evenly; each keeps the smallest odd value of its share and the min
// reduction combines them (std::numeric_limits<int>::max() when nothing odd was seen).
int smallestOddValue(std::vector<int> const& x) {
    const long n = static_cast<long>(x.size());
    const int* data = x.data();
    int best = std::numeric_limits<int>::max();
#pragma omp parallel for reduction(min : best) schedule(static)
    for (long i = 0; i < n; ++i) {
        const int v = data[i];
        if ((v & 1) != 0 && v < best) best = v;
    }
    return best;
}
