#include "pareval_harness.hpp"

#include <vector>

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks);
void PAREVAL_REFERENCE(sortedRanks)(std::vector<double> const& x, std::vector<std::size_t>& ranks);

struct Problem {
    using Input = std::vector<double>;
    using Output = std::vector<std::size_t>;
    static constexpr std::size_t default_size = 1'200'000;

    // Values are made distinct from a random permutation p: x[i] = scale * (p[i] + frac), frac in [0, 0.5).
    // variant 0: scale 1e-3 (values in [0, n/1000)); variant 1: already sorted;
    // variant 2: sorted in reverse; variant 3: negative values only (scale -2.5)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {1001, 3}, {100'003, 0}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        std::vector<std::size_t> p(n);
        for (std::size_t i = 0; i < n; ++i) p[i] = variant == 2 ? n - 1 - i : i;
        if (variant == 0 || variant == 3)
            for (std::size_t i = n; i > 1; --i) std::swap(p[i - 1], p[static_cast<std::size_t>(rng.integer(0, i - 1))]);
        const double scale = variant == 3 ? -2.5 : 1e-3;
        Input x(n);
        for (std::size_t i = 0; i < n; ++i) x[i] = scale * (static_cast<double>(p[i]) + rng.uniform(0.0, 0.5));
        return x;
    }

    static Output reference(const Input& x, pareval::Timer& timer) {
        Output ranks(x.size(), 0);
        timer.start();
        PAREVAL_REFERENCE(sortedRanks)(x, ranks);
        timer.stop();
        return ranks;
    }

    static Output candidate(const Input& x, pareval::Timer& timer) {
        Output ranks(x.size(), pareval::sentinel<std::size_t>());
        timer.start();
        sortedRanks(x, ranks);
        timer.stop();
        return ranks;
    }

    // exact: values are distinct, so the ranks are unique
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
