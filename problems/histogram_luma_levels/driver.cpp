#include "pareval_harness.hpp"

#include <array>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts);
void PAREVAL_REFERENCE(lumaHistogram)(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts);

struct Problem {
    using Input = std::vector<Pixel>;
    using Output = std::array<std::size_t, 256>;
    static constexpr std::size_t default_size = 40'000'000;

    // variant 0: uniformly random colours; variant 1: channels only 0 or 255 (the extreme levels);
    // variant 2: pure gray pixels (r = g = b); variant 3: a dark image (channels in [0, 40])
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {4097, 2}, {513, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input image(n);
        auto channel = [&]() -> unsigned char {
            if (variant == 1) return rng.integer(0, 1) ? 255 : 0;
            if (variant == 3) return static_cast<unsigned char>(rng.integer(0, 40));
            return static_cast<unsigned char>(rng.integer(0, 255));
        };
        for (auto& p : image) {
            p.r = channel();
            p.g = variant == 2 ? p.r : channel();
            p.b = variant == 2 ? p.r : channel();
        }
        return image;
    }

    static Output reference(const Input& image, pareval::Timer& timer) {
        Output counts{};
        timer.start();
        PAREVAL_REFERENCE(lumaHistogram)(image, counts);
        timer.stop();
        return counts;
    }

    static Output candidate(const Input& image, pareval::Timer& timer) {
        Output counts{};
        counts.fill(pareval::sentinel<std::size_t>());
        timer.start();
        lumaHistogram(image, counts);
        timer.stop();
        return counts;
    }

    // exact integer counts
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
