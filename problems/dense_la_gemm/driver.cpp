#include "pareval_harness.hpp"

#include <cstddef>
#include <vector>

void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N);
void PAREVAL_REFERENCE(denseMatMul)(std::vector<double> const& A, std::vector<double> const& B,
                                    std::vector<double> &C, size_t M, size_t K, size_t N);

struct Problem {
    struct Input {
        std::vector<double> A, B;
        size_t M = 0, K = 0, N = 0;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 640;  // M = K = N

    // variant 0: square n x n times n x n
    // variant 1: tall-skinny: n x 3 times 3 x 5
    // variant 2: one row: 1 x n times n x 7
    // variant 3: rectangular n x (n+2) times (n+2) x (2n+1) with integer entries
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64},
                                        {{13, 1}, {1, 1}, {9, 2}, {1, 2}, {5, 3}, {11, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.M = n; in.K = n; in.N = n;
        if (variant == 1) { in.K = 3; in.N = 5; }
        if (variant == 2) { in.M = 1; in.K = n; in.N = 7; }
        if (variant == 3) { in.K = n + 2; in.N = 2 * n + 1; }
        in.A.resize(in.M * in.K);
        in.B.resize(in.K * in.N);
        for (auto* m : {&in.A, &in.B})
            for (auto& v : *m)
                v = variant == 3 ? static_cast<double>(rng.integer(-5, 5)) : rng.uniform(-1.0, 1.0);
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output C(in.M * in.N, 0.0);
        timer.start();
        PAREVAL_REFERENCE(denseMatMul)(in.A, in.B, C, in.M, in.K, in.N);
        timer.stop();
        return C;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output C(in.M * in.N, 0.0);
        timer.start();
        denseMatMul(in.A, in.B, C, in.M, in.K, in.N);
        timer.stop();
        return C;
    }

    // each entry: relative tolerance 1e-9 plus absolute 1e-9 (sums of K products in [-1, 1],
    // computed in any order)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-9, 1e-9);
    }
};

PAREVAL_MAIN(Problem)
