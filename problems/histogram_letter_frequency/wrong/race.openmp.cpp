// Race: each thread counts its share correctly into a private tally, then ASSIGNS that tally to
// the shared result with no synchronisation ("last writer wins"). With one thread the answer is
// right; with several, each letter keeps only one thread's count.
#include <array>
#include <cstddef>
#include <omp.h>
#include <string>

std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    const long n = static_cast<long>(text.size());
    std::array<std::size_t, 26> counts{};
#pragma omp parallel
    {
        std::size_t local[26] = {0};
#pragma omp for schedule(static) nowait
        for (long i = 0; i < n; ++i) {
            const char c = text[i];
            if (c >= 'a' && c <= 'z') ++local[c - 'a'];
            else if (c >= 'A' && c <= 'Z') ++local[c - 'A'];
        }
        for (int b = 0; b < 26; ++b) counts[b] = local[b];
    }
    return counts;
}
