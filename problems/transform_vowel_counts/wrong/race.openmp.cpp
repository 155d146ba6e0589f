#include <omp.h>
#include <string>
#include <vector>

// Each thread counts the vowels of its own share of the strings into a private full-length vector
// (zeros elsewhere), then every thread copies its WHOLE vector into the shared counts with no
// synchronisation, instead of only its share: the last writer wins. Right with one thread (its
// share is every string); with several, the other threads' shares are overwritten with zeros.
void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
    const std::size_t n = words.size();
#pragma omp parallel
    {
        const std::size_t t = omp_get_thread_num(), T = omp_get_num_threads();
        std::vector<int> mine(n, 0);
        for (std::size_t i = n * t / T; i < n * (t + 1) / T; ++i) {
            int vowels = 0;
            for (char c : words[i]) {
                switch (c) {
                    case 'a': case 'e': case 'i': case 'o': case 'u':
                    case 'A': case 'E': case 'I': case 'O': case 'U':
                        ++vowels;
                        break;
                    default:
                        break;
                }
            }
            mine[i] = vowels;
        }
        for (std::size_t i = 0; i < n; ++i) counts[i] = mine[i];
    }
}
