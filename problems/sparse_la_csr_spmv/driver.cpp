#include "pareval_harness.hpp"

#include <cstddef>
#include <vector>

void csrMatVec(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
               std::vector<double> const& values, std::vector<double> const& x, std::vector<double> &y,
               size_t M, size_t N);
void PAREVAL_REFERENCE(csrMatVec)(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                                  std::vector<double> const& values, std::vector<double> const& x,
                                  std::vector<double> &y, size_t M, size_t N);

struct Problem {
    struct Input {
        std::vector<size_t> rowPtr, colIdx;
        std::vector<double> values, x;
        size_t M = 0, N = 0;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 1'200'000;  // M = N; 4..20 nonzeros per row

    // variant 0: square, 4..20 nonzeros per row at random columns
    // variant 1: rectangular (N = 2M + 3), about half of the rows empty, duplicates allowed
    // variant 2: wide single-band matrix: N = 5M, all nonzeros in the first few rows
    // variant 3: no nonzeros at all
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 1001},
                                        {{33, 1}, {1, 1}, {9, 2}, {101, 2}, {5, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.M = n;
        in.N = variant == 1 ? 2 * n + 3 : variant == 2 ? 5 * n : n;
        // row lengths first, so the arrays are allocated once at their exact size
        in.rowPtr.assign(n + 1, 0);
        for (size_t i = 0; i < n; ++i) {
            size_t len = static_cast<size_t>(rng.integer(4, 20));
            if (variant == 1 && rng.integer(0, 1) == 0) len = 0;
            if (variant == 2) len = i < 3 ? in.N / 2 : 0;
            if (variant == 3) len = 0;
            in.rowPtr[i + 1] = in.rowPtr[i] + len;
        }
        in.colIdx.resize(in.rowPtr[n]);
        in.values.resize(in.rowPtr[n]);
        for (size_t k = 0; k < in.rowPtr[n]; ++k) {
            in.colIdx[k] = static_cast<size_t>(rng.integer(0, static_cast<std::int64_t>(in.N) - 1));
            in.values[k] = rng.uniform(-2.0, 2.0);
        }
        in.x.resize(in.N);
        for (auto& v : in.x) v = rng.uniform(-1.0, 1.0);
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output y(in.M, 0.0);
        timer.start();
        PAREVAL_REFERENCE(csrMatVec)(in.rowPtr, in.colIdx, in.values, in.x, y, in.M, in.N);
        timer.stop();
        return y;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output y(in.M, pareval::sentinel<double>());
        timer.start();
        csrMatVec(in.rowPtr, in.colIdx, in.values, in.x, y, in.M, in.N);
        timer.stop();
        return y;
    }

    // each entry: relative tolerance 1e-9 plus absolute 1e-9 (short sums, any order)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-9, 1e-9);
    }
};

PAREVAL_MAIN(Problem)
