#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Race: every thread sorts the non-zero values of its own share correctly, then writes them, with
// no synchronisation, over the first non-zero slots of the whole of x. The threads' writes collide
// (last writer wins) and the later slots keep stale values: right with one thread only.
void sortSkippingZeros(std::vector<int>& x) {
    const long n = static_cast<long>(x.size());
#pragma omp parallel
    {
        const long t = omp_get_thread_num(), nt = omp_get_num_threads();
        std::vector<int> mine;
        for (long i = n * t / nt; i < n * (t + 1) / nt; ++i)
            if (x[i] != 0) mine.push_back(x[i]);
        std::sort(mine.begin(), mine.end());
#pragma omp barrier
        std::size_t k = 0;
        for (long i = 0; i < n && k < mine.size(); ++i)
            if (x[i] != 0) x[i] = mine[k++];
    }
}
