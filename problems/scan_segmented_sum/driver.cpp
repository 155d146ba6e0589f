#include "pareval_harness.hpp"

#include <cmath>
#include <vector>

void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output);
void PAREVAL_REFERENCE(segmentedPrefixSum)(std::vector<double> const& x, std::vector<bool> const& startsSegment,
                                           std::vector<double>& output);

struct Problem {
    struct Input {
        std::vector<double> x;
        std::vector<bool> starts;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 15'000'000;

    // variant 0: segment starts with probability 1/12, startsSegment[0] = false (index 0 starts anyway);
    // variant 1: no flags at all (one segment: a plain prefix sum);
    // variant 2: every index starts a segment (output = x);
    // variant 3: few, long segments (probability 1/400) and negative values;
    // variant 4: runs of consecutive segment starts (segments of length 1) mixed with long segments;
    // variant 5: a single segment start at n/3 (so one segment spans several ranks' blocks)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {4099, 3}, {10'001, 3}, {513, 4}, {1001, 5}, {97, 5}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.x.resize(n);
        in.starts.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            in.x[i] = variant == 3 ? rng.uniform(-2.0, 1.0) : rng.uniform(0.0, 1.0);
            bool s = false;
            if (variant == 0) s = rng.integer(0, 11) == 0;
            else if (variant == 2) s = true;
            else if (variant == 3) s = rng.integer(0, 399) == 0;
            else if (variant == 4) s = (i / 37) % 2 == 0;
            in.starts[i] = s;
        }
        if (n > 0 && variant == 0) in.starts[0] = false;
        if (n > 0 && variant == 5) in.starts[n / 3] = true;
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output out(in.x.size(), 0.0);
        timer.start();
        PAREVAL_REFERENCE(segmentedPrefixSum)(in.x, in.starts, out);
        timer.stop();
        return out;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output out(in.x.size(), pareval::sentinel<double>());
        timer.start();
        segmentedPrefixSum(in.x, in.starts, out);
        timer.stop();
        return out;
    }

    // summation order may differ: |got - expected| <= 1e-9 * (sum of |x[j]| in the segment up to i) + 1e-12
    static bool check(const Input& in, const Output& expected, const Output& got) {
        if (got.size() != expected.size()) return false;
        double scale = 0.0;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            scale = (i == 0 || in.starts[i]) ? std::fabs(in.x[i]) : scale + std::fabs(in.x[i]);
            if (!std::isfinite(got[i]) || std::fabs(got[i] - expected[i]) > 1e-9 * scale + 1e-12) return false;
        }
        return true;
    }
};

PAREVAL_MAIN(Problem)
