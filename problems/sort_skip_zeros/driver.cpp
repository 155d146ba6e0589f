#include "pareval_harness.hpp"

#include <vector>

void sortSkippingZeros(std::vector<int>& x);
void PAREVAL_REFERENCE(sortSkippingZeros)(std::vector<int>& x);

struct Problem {
    using Input = std::vector<int>;
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 2'000'000;

    // variant 0: values in [-1e9, 1e9], about 1 in 8 set to zero;
    // variant 1: all zeros; variant 2: no zeros; variant 3: mostly zeros (non-zero 1 in 20), with
    // the non-zero values only in the second half; variant 4: small values (duplicates), half zero
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {1001, 3}, {4099, 3}, {513, 4}, {100'003, 0}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (std::size_t i = 0; i < n; ++i) {
            int v;
            if (variant == 1) v = 0;
            else if (variant == 2) v = rng.integer(0, 1) ? static_cast<int>(rng.integer(1, 1000)) : static_cast<int>(rng.integer(-1000, -1));
            else if (variant == 3) v = (i >= n / 2 && rng.integer(0, 19) == 0) ? static_cast<int>(rng.integer(-50, 50)) : 0;
            else if (variant == 4) v = rng.integer(0, 1) ? static_cast<int>(rng.integer(-3, 3)) : 0;
            else v = rng.integer(0, 7) == 0 ? 0 : static_cast<int>(rng.integer(-1'000'000'000, 1'000'000'000));
            x[i] = v;
        }
        return x;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        PAREVAL_REFERENCE(sortSkippingZeros)(x);
        timer.stop();
        return x;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        sortSkippingZeros(x);
        timer.stop();
        return x;
    }

    // exact: the result is unique
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
