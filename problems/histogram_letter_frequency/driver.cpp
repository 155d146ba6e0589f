#include "pareval_harness.hpp"

#include <array>
#include <string>

std::array<std::size_t, 26> letterFrequency(std::string const& text);
std::array<std::size_t, 26> PAREVAL_REFERENCE(letterFrequency)(std::string const& text);

struct Problem {
    using Input = std::string;
    using Output = std::array<std::size_t, 26>;
    static constexpr std::size_t default_size = 10'000'000;

    // variant 0: prose-like mix of lower case, upper case, spaces, digits and punctuation;
    // variant 1: only the characters next to the letter ranges ('@', '[', '`', '{') and the
    //            letters at the ends of the ranges ('a', 'z', 'A', 'Z');
    // variant 2: upper case only
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001}, {{1000, 1}, {997, 1}, {513, 2}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        static const char edges[] = {'@', '[', '`', '{', 'a', 'z', 'A', 'Z'};
        static const char other[] = " .,;:!?'\"-()0123456789";
        Input text(n, ' ');
        for (auto& c : text) {
            if (variant == 1) {
                c = edges[rng.integer(0, 7)];
            } else if (variant == 2) {
                c = static_cast<char>('A' + rng.integer(0, 25));
            } else {
                const auto r = rng.integer(0, 99);
                if (r < 70) c = static_cast<char>('a' + rng.integer(0, 25));
                else if (r < 80) c = static_cast<char>('A' + rng.integer(0, 25));
                else if (r < 92) c = ' ';
                else c = other[rng.integer(0, sizeof other - 2)];
            }
        }
        return text;
    }

    static Output reference(const Input& text, pareval::Timer& timer) {
        timer.start();
        const Output r = PAREVAL_REFERENCE(letterFrequency)(text);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& text, pareval::Timer& timer) {
        timer.start();
        const Output r = letterFrequency(text);
        timer.stop();
        return r;
    }

    // exact integer counts
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
