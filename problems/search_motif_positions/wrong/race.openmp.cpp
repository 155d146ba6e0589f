#include <omp.h>
#include <cstddef>
#include <string>
#include <vector>

// Data race: each thread collects the matches of its own block of starting positions correctly,
// then ASSIGNS its match count to the shared total with no synchronisation (it should add it).
// The last writer wins, so with several threads the result is cut to one thread's count and
// loses matches; with one thread it is right. The copy into the result is bounded by that total.
std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
    const std::size_t n = genome.size(), m = motif.size();
    const std::size_t starts = m <= n ? n - m + 1 : 0;
    std::vector<std::vector<std::size_t>> parts;
    std::size_t total = 0;
#pragma omp parallel
    {
#pragma omp single
        parts.resize(omp_get_num_threads());
        std::vector<std::size_t>& mine = parts[omp_get_thread_num()];
#pragma omp for schedule(static)
        for (std::size_t p = 0; p < starts; ++p)
            if (genome.compare(p, m, motif) == 0) mine.push_back(p);
        total = mine.size();
    }
    std::vector<std::size_t> result;
    result.reserve(total);
    for (auto const& part : parts)
        for (std::size_t p : part)
            if (result.size() < total) result.push_back(p);
    return result;
}
