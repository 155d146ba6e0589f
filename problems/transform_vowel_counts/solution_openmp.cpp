#include <omp.h>
#include <string>
#include <vector>

namespace {
int vowelsIn(std::string const& word) {
    int vowels = 0;
    for (char c : word) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
            case 'A': case 'E': case 'I': case 'O': case 'U':
                ++vowels;
                break;
            default:
                break;
        }
    }
    return vowels;
}
}  // namespace

void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
    const long n = static_cast<long>(words.size());
    // the strings' lengths are spread evenly, so equal blocks of them are equal work
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) counts[i] = vowelsIn(words[i]);
}
