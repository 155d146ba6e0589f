#include <string>
#include <vector>

// Wrong on purpose: stores each string's length instead of its number of vowels.
void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
    for (std::size_t i = 0; i < words.size(); ++i) counts[i] = static_cast<int>(words[i].size());
}
