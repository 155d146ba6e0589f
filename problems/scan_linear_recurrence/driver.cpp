#include "pareval_harness.hpp"

#include <cmath>
#include <vector>

void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y);
void PAREVAL_REFERENCE(solveLinearRecurrence)(std::vector<double> const& a, std::vector<double> const& b,
                                              std::vector<double>& y);

struct Problem {
    struct Input {
        std::vector<double> a, b;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 12'000'000;

    // variant 0: a in (-1, 1), b in [-1, 1);
    // variant 1: a = 1 everywhere (a plain prefix sum of b: the carry never fades);
    // variant 2: a = -1 everywhere (alternating); variant 3: a close to 1 (in [0.999, 1]);
    // variant 4: some a exactly 0 (restarts), the rest in [0.9, 1]
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {4099, 3}, {513, 4}, {10'007, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.a.resize(n);
        in.b.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            double ai;
            if (variant == 1) ai = 1.0;
            else if (variant == 2) ai = -1.0;
            else if (variant == 3) ai = rng.uniform(0.999, 1.0);
            else if (variant == 4) ai = rng.integer(0, 299) == 0 ? 0.0 : rng.uniform(0.9, 1.0);
            else ai = rng.uniform(-0.999, 0.999);
            in.a[i] = ai;
            in.b[i] = rng.uniform(-1.0, 1.0);
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output y(in.b.size(), 0.0);
        timer.start();
        PAREVAL_REFERENCE(solveLinearRecurrence)(in.a, in.b, y);
        timer.stop();
        return y;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output y(in.b.size(), pareval::sentinel<double>());
        timer.start();
        solveLinearRecurrence(in.a, in.b, y);
        timer.stop();
        return y;
    }

    // the order of operations may differ (blocks): |got - expected| <= 1e-9 * s[i] + 1e-12 with
    // s the same recurrence on absolute values, s[i] = |a[i]| s[i-1] + |b[i]|
    static bool check(const Input& in, const Output& expected, const Output& got) {
        if (got.size() != expected.size()) return false;
        double s = 0.0;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            s = (i == 0 ? 0.0 : std::fabs(in.a[i]) * s) + std::fabs(in.b[i]);
            if (!std::isfinite(got[i]) || std::fabs(got[i] - expected[i]) > 1e-9 * s + 1e-12) return false;
        }
        return true;
    }
};

PAREVAL_MAIN(Problem)
