#include "pareval_harness.hpp"

#include <string>
#include <vector>

void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts);
void PAREVAL_REFERENCE(countVowelsPerWord)(std::vector<std::string> const& words, std::vector<int>& counts);

struct Problem {
    using Input = std::vector<std::string>;
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 1'500'000;

    // variant 0: random strings of 0..40 characters: mixed-case letters, digits, spaces,
    // punctuation; variant 1: empty strings only; variant 2: vowels only (both cases);
    // variant 3: consonants, 'y'/'Y' and symbols only (no vowels); variant 4: long strings (200..400)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{10, 1}, {99, 2}, {1003, 3}, {17, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        static const std::string any = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;-'!?aeiouAEIOU";
        static const std::string vowels = "aeiouAEIOU";
        static const std::string none = "bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ0123456789 _-*";
        const std::string& alphabet = variant == 2 ? vowels : variant == 3 ? none : any;
        Input words(n);
        for (auto& w : words) {
            std::size_t len = 0;
            if (variant == 4) len = static_cast<std::size_t>(rng.integer(200, 400));
            else if (variant != 1) len = static_cast<std::size_t>(rng.integer(0, 40));
            w.resize(len);
            std::uint64_t bits = 0;
            for (std::size_t k = 0; k < len; ++k) {
                if (k % 8 == 0) bits = rng.next();  // 8 characters per random draw keeps generation fast
                w[k] = alphabet[(bits & 0xff) % alphabet.size()];
                bits >>= 8;
            }
        }
        return words;
    }

    static Output reference(const Input& words, pareval::Timer& timer) {
        Output counts(words.size(), 0);
        timer.start();
        PAREVAL_REFERENCE(countVowelsPerWord)(words, counts);
        timer.stop();
        return counts;
    }

    static Output candidate(const Input& words, pareval::Timer& timer) {
        Output counts(words.size(), pareval::sentinel<int>());
        timer.start();
        countVowelsPerWord(words, counts);
        timer.stop();
        return counts;
    }

    // exact: integer counts
    static bool check(const Input&, const Output& expected, const Output& got) { return expected == got; }
};

PAREVAL_MAIN(Problem)
