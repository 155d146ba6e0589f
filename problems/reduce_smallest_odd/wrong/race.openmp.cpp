#include <omp.h>
#include <limits>
#include <vector>

// Data race: each thread finds the smallest odd value of its own share correctly, then ASSIGNS
// it to the shared result with no synchronisation (it should keep the smaller of the two). The
// last writer wins, so with several threads the result is one share's minimum, wrong whenever
// that share does not hold the overall smallest odd value; with one thread it is right.
int smallestOddValue(std::vector<int> const& x) {
    const long n = static_cast<long>(x.size());
    int best = std::numeric_limits<int>::max();
#pragma omp parallel
    {
        int mine = std::numeric_limits<int>::max();
#pragma omp for schedule(static)
        for (long i = 0; i < n; ++i)
            if ((x[i] & 1) != 0 && x[i] < mine) mine = x[i];
        best = mine;
    }
    return best;
}
