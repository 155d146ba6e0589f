#include <array>
#include <cstddef>
#include <string>

// Wrong on purpose: returns the character codes of the first 26 characters instead of counts.
std::array<std::size_t, 26> letterFrequency(std::string const& text) {
    std::array<std::size_t, 26> out{};
    for (std::size_t i = 0; i < out.size() && i < text.size(); ++i) out[i] = static_cast<unsigned char>(text[i]);
    return out;
}
