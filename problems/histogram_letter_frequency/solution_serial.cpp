#include <array>
#include <cstddef>
#include <string>

std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    std::array<std::size_t, 26> counts{};
    for (char c : text) {
        if (c >= 'a' && c <= 'z') ++counts[c - 'a'];
        else if (c >= 'A' && c <= 'Z') ++counts[c - 'A'];
    }
    return counts;
}
