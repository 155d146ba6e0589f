#include "pareval_harness.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

void luFactorizeInPlace(std::vector<double> &A, size_t N);
void PAREVAL_REFERENCE(luFactorizeInPlace)(std::vector<double> &A, size_t N);

struct Problem {
    struct Input {
        std::vector<double> A;
        size_t N = 0;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 900;  // N

    // variant 0: off-diagonals in [-1, 1), dominant positive diagonal
    // variant 1: small integer off-diagonals, some negative diagonal entries
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 5, 7, 17, 64, 101}, {{33, 1}, {6, 1}, {2, 1}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.N = n;
        in.A.resize(n * n);
        for (size_t i = 0; i < n; ++i) {
            double rowsum = 0.0;
            for (size_t j = 0; j < n; ++j) {
                if (j == i) continue;
                const double v = variant == 1 ? static_cast<double>(rng.integer(-3, 3)) : rng.uniform(-1.0, 1.0);
                in.A[i * n + j] = v;
                rowsum += std::fabs(v);
            }
            double d = rowsum + rng.uniform(1.0, 2.0);
            if (variant == 1 && i % 2 == 1) d = -d;
            in.A[i * n + i] = d;
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output A = in.A;
        timer.start();
        PAREVAL_REFERENCE(luFactorizeInPlace)(A, in.N);
        timer.stop();
        return A;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output A = in.A;
        timer.start();
        luFactorizeInPlace(A, in.N);
        timer.stop();
        return A;
    }

    // each entry: relative tolerance 1e-8 plus absolute 1e-9 (elimination of a diagonally
    // dominant matrix is stable; update order may differ, e.g. in blocked variants)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-8, 1e-9);
    }
};

PAREVAL_MAIN(Problem)
