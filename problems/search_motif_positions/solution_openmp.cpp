#include <omp.h>
#include <cstddef>
#include <string>
#include <vector>

// Each thread tests a contiguous block of the possible starting positions, in thread order, and
// keeps its matches in a vector of its own. Once every thread knows its count, the blocks'
// offsets in the result follow from a prefix sum, and each thread copies its matches into place:
// the result comes out in increasing order.
std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
    const std::size_t n = genome.size(), m = motif.size();
    const std::size_t starts = m <= n ? n - m + 1 : 0;
    const char* g = genome.data();
    const char* mo = motif.data();
    std::vector<std::size_t> result;
    std::vector<std::size_t> offsets;  // offsets[t] = where thread t's matches go
#pragma omp parallel
    {
        const std::size_t threads = static_cast<std::size_t>(omp_get_num_threads());
        const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
#pragma omp single
        offsets.assign(threads + 1, 0);
        const std::size_t begin = starts * t / threads, end = starts * (t + 1) / threads;
        std::vector<std::size_t> mine;
        for (std::size_t p = begin; p < end; ++p) {
            std::size_t k = 0;
            while (k < m && g[p + k] == mo[k]) ++k;
            if (k == m) mine.push_back(p);
        }
        offsets[t + 1] = mine.size();
#pragma omp barrier
#pragma omp single
        {
            for (std::size_t i = 0; i < threads; ++i) offsets[i + 1] += offsets[i];
            result.resize(offsets[threads]);
        }
        for (std::size_t i = 0; i < mine.size(); ++i) result[offsets[t] + i] = mine[i];
    }
    return result;
}
