#include <omp.h>
#include <vector>

bool reduceLogicalXor(std::vector<bool> const& x) {
    const long n = static_cast<long>(x.size());
    int parity = 0;
    // each thread walks one contiguous block with iterators (cheap bit access in std::vector<bool>)
#pragma omp parallel reduction(^ : parity)
    {
        const long t = omp_get_thread_num(), threads = omp_get_num_threads();
        bool local = false;
        for (auto it = x.begin() + n * t / threads, stop = x.begin() + n * (t + 1) / threads; it != stop; ++it)
            local ^= *it;
        parity ^= local ? 1 : 0;
    }
    return parity != 0;
}
