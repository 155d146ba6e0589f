#include "pareval_harness.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

void lowerTriangularSolveMany(std::vector<double> const& L, std::vector<double> &B, size_t N, size_t K);
void PAREVAL_REFERENCE(lowerTriangularSolveMany)(std::vector<double> const& L, std::vector<double> &B,
                                                 size_t N, size_t K);

struct Problem {
    struct Input {
        std::vector<double> L, B;
        size_t N = 0, K = 0;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 1200;  // N; K = 300

    // variant 0: K = 5 right-hand sides; variant 1: a single right-hand side (K = 1);
    // variant 2: K = 7 with negative diagonal entries and integer right-hand sides
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 101},
                                        {{33, 1}, {1, 1}, {9, 2}, {40, 2}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.N = n;
        in.K = n == default_size ? 300 : variant == 1 ? 1 : variant == 2 ? 7 : 5;
        in.L.assign(n * n, 0.0);
        for (size_t i = 0; i < n; ++i) {
            double rowsum = 0.0;
            for (size_t j = 0; j < i; ++j) {
                in.L[i * n + j] = rng.uniform(-1.0, 1.0);
                rowsum += std::fabs(in.L[i * n + j]);
            }
            // diagonally dominant rows keep the solve well conditioned; never exactly 1 (row 0 has
            // no off-diagonal entries: a solve that skips its division must fail)
            double d = rng.uniform(1.25, 2.0) + rowsum * rng.uniform(1.0, 1.5);
            if (variant == 2 && i % 3 == 1) d = -d;
            in.L[i * n + i] = d;
        }
        in.B.resize(in.N * in.K);
        for (auto& v : in.B)
            v = variant == 2 ? static_cast<double>(rng.integer(-9, 9)) : rng.uniform(-5.0, 5.0);
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output B = in.B;
        timer.start();
        PAREVAL_REFERENCE(lowerTriangularSolveMany)(in.L, B, in.N, in.K);
        timer.stop();
        return B;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output B = in.B;
        timer.start();
        lowerTriangularSolveMany(in.L, B, in.N, in.K);
        timer.stop();
        return B;
    }

    // each entry: relative tolerance 1e-8 plus absolute 1e-10 (the solution entries are O(1) and
    // the system is well conditioned; only the order of the updates may differ)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-8, 1e-10);
    }
};

PAREVAL_MAIN(Problem)
