// Race: each thread sorts a private copy of its share of x correctly, then writes that sorted
// share to the front of the shared x with no synchronisation, as if it were the whole answer
// ("last writer wins"). With one thread the answer is right; with several, the threads overwrite
// each other's output and the rest of x keeps unsorted input values.
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

void sortAscending(std::vector<double>& x) {
    const std::size_t n = x.size();
    const std::vector<double> input = x;
#pragma omp parallel
    {
        const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
        const std::size_t threads = static_cast<std::size_t>(omp_get_num_threads());
        std::vector<double> share(input.begin() + n * t / threads, input.begin() + n * (t + 1) / threads);
        std::sort(share.begin(), share.end());
        std::copy(share.begin(), share.end(), x.begin());
    }
}
