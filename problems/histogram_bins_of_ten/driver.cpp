#include "pareval_harness.hpp"

#include <array>
#include <vector>

void countByTens(std::vector<int> const& x, std::array<std::size_t, 10>& bins);
void PAREVAL_REFERENCE(countByTens)(std::vector<int> const& x, std::array<std::size_t, 10>& bins);

struct Problem {
    using Input = std::vector<int>;
    using Output = std::array<std::size_t, 10>;
    static constexpr std::size_t default_size = 64'000'000;

    // variant 1: only the bin edges 0, 9, 10, 19, ..., 99; variant 2: every value in one bin (40..49)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001}, {{1000, 1}, {999, 1}, {513, 2}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (auto& v : x) {
            if (variant == 1) v = static_cast<int>(10 * rng.integer(0, 9) + 9 * rng.integer(0, 1));
            else if (variant == 2) v = static_cast<int>(rng.integer(40, 49));
            else v = static_cast<int>(rng.integer(0, 99));
        }
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        Output bins{};
        timer.start();
        PAREVAL_REFERENCE(countByTens)(x, bins);
        timer.stop();
        return bins;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        Output bins{};
        bins.fill(pareval::sentinel<std::size_t>());
        timer.start();
        countByTens(x, bins);
        timer.stop();
        return bins;
    }

    // exact integer counts
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
