#include <string>
#include <vector>

static int vowelsIn(std::string const& w) {
    int n = 0;
    for (char c : w) {
        const char l = static_cast<char>(c | 0x20);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            if (l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u') ++n;
    }
    return n;
}

void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
    if (words.empty()) return;
    std::size_t nextLength = words[0].size();
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::size_t length = nextLength;
        nextLength = words[i + 1].size();  // looks at the next word: past the end of words at the last one
        counts[i] = length == 0 ? 0 : vowelsIn(words[i]);
    }
}
