#include <array>
#include <cstddef>
#include <omp.h>
#include <string>

std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    const long n = static_cast<long>(text.size());
    std::array<std::size_t, 26> counts{};
#pragma omp parallel
    {
        // private tally per thread, merged once at the end
        std::size_t local[26] = {0};
#pragma omp for schedule(static) nowait
        for (long i = 0; i < n; ++i) {
            const char c = text[i];
            if (c >= 'a' && c <= 'z') ++local[c - 'a'];
            else if (c >= 'A' && c <= 'Z') ++local[c - 'A'];
        }
#pragma omp critical
        for (int b = 0; b < 26; ++b) counts[b] += local[b];
    }
    return counts;
}
