#include <string>
#include <vector>

void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
    for (std::size_t i = 0; i < words.size(); ++i) {
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
        counts[i] = vowels;
    }
}
