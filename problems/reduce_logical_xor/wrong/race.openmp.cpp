// Race: each thread computes the XOR of its own block correctly, then ASSIGNS it to the shared
// result with no synchronisation ("last writer wins"). With one thread the answer is right; with
// several, the result is one block's parity, which differs from the total whenever the other
// blocks hold an odd number of true elements.
#include <omp.h>
#include <vector>

bool reduceLogicalXor(std::vector<bool> const& x) {
    const long n = static_cast<long>(x.size());
    bool result = false;
#pragma omp parallel
    {
        const long t = omp_get_thread_num(), threads = omp_get_num_threads();
        bool local = false;
        for (auto it = x.begin() + n * t / threads, stop = x.begin() + n * (t + 1) / threads; it != stop; ++it)
            local ^= *it;
        result = local;
    }
    return result;
}
