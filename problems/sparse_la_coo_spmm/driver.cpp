#include "pareval_harness.hpp"

#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N);
void PAREVAL_REFERENCE(cooSparseDenseProduct)(std::vector<COOElement> const& A, std::vector<double> const& X,
                                              std::vector<double> &Y, size_t M, size_t K, size_t N);

struct Problem {
    struct Input {
        std::vector<COOElement> A;
        std::vector<double> X;
        size_t M = 0, K = 0, N = 0;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 60'000;  // M = K; 25 entries per row on average; N = 16

    // variant 0: square, 3 entries per row on average, N = 5, random order
    // variant 1: many repeated (row, column) pairs, M = n, K = 4, N = 3
    // variant 2: no entries at all (Y stays zero), N = 2
    // variant 3: a single dense column of X (N = 1), entries only in the last rows
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 1001},
                                        {{33, 1}, {1, 1}, {5, 2}, {9, 3}, {101, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.M = n;
        in.K = variant == 1 ? 4 : n;
        in.N = n == default_size ? 16 : variant == 1 ? 3 : variant == 2 ? 2 : variant == 3 ? 1 : 5;
        const size_t entries = n == default_size ? 25 * n : variant == 2 ? 0 : 3 * n;
        in.A.reserve(entries);
        for (size_t e = 0; e < entries; ++e) {
            COOElement el;
            el.row = static_cast<size_t>(rng.integer(0, static_cast<std::int64_t>(in.M) - 1));
            if (variant == 3) el.row = in.M - 1 - el.row % 2;
            el.column = static_cast<size_t>(rng.integer(0, static_cast<std::int64_t>(in.K) - 1));
            el.value = variant == 1 ? static_cast<double>(rng.integer(-3, 3)) : rng.uniform(-1.0, 1.0);
            in.A.push_back(el);
        }
        in.X.resize(in.K * in.N);
        for (auto& v : in.X) v = rng.uniform(-2.0, 2.0);
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output Y(in.M * in.N, 0.0);
        timer.start();
        PAREVAL_REFERENCE(cooSparseDenseProduct)(in.A, in.X, Y, in.M, in.K, in.N);
        timer.stop();
        return Y;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output Y(in.M * in.N, 0.0);
        timer.start();
        cooSparseDenseProduct(in.A, in.X, Y, in.M, in.K, in.N);
        timer.stop();
        return Y;
    }

    // each entry: relative tolerance 1e-9 plus absolute 1e-9 (short sums, any order)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-9, 1e-9);
    }
};

PAREVAL_MAIN(Problem)
