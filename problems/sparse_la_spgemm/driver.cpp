#include "pareval_harness.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N);
void PAREVAL_REFERENCE(sparseMatMulCSR)(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                                        std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                                        std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                                        std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx,
                                        std::vector<double> &cValues, size_t M, size_t K, size_t N);

struct CSR {
    std::vector<size_t> rowPtr, colIdx;
    std::vector<double> values;
    template <class S> friend auto pareval_fields(S& o) { return std::tie(o.rowPtr, o.colIdx, o.values); }
};

struct Problem {
    struct Input {
        CSR A, B;
        size_t M = 0, K = 0, N = 0;
    };
    using Output = CSR;
    static constexpr std::size_t default_size = 50'000;  // M = K = N

    // rows of `cols` columns with lo..hi distinct sorted entries each
    static CSR randomCSR(pareval::Rng& rng, size_t rows, size_t cols, int lo, int hi, bool signs) {
        CSR m;
        m.rowPtr.assign(rows + 1, 0);
        std::vector<size_t> row;
        for (size_t i = 0; i < rows; ++i) {
            const size_t len = std::min<size_t>(cols, static_cast<size_t>(rng.integer(lo, hi)));
            row.clear();
            while (row.size() < len) {
                const size_t j = static_cast<size_t>(rng.integer(0, static_cast<std::int64_t>(cols) - 1));
                if (std::find(row.begin(), row.end(), j) == row.end()) row.push_back(j);
            }
            std::sort(row.begin(), row.end());
            for (size_t j : row) {
                m.colIdx.push_back(j);
                m.values.push_back(signs ? (rng.integer(0, 1) ? 1.0 : -1.0) : rng.uniform(-1.0, 1.0));
            }
            m.rowPtr[i + 1] = m.colIdx.size();
        }
        return m;
    }

    // variant 0: square, 1..12 entries per row
    // variant 1: rectangular M = n, K = n/2 + 1, N = 2n + 1; entries +-1 (exact cancellations
    //            give stored zeros); about half the rows of A and B empty
    // variant 2: dense-ish small matrices (K = 3, every row of A full)
    // variant 3: A has no entries at all
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 1001},
                                        {{33, 1}, {1, 1}, {9, 2}, {5, 2}, {6, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.M = n; in.K = n; in.N = n;
        if (variant == 1) { in.K = n / 2 + 1; in.N = 2 * n + 1; }
        if (variant == 2) in.K = 3;
        const int lo = variant == 1 ? 0 : variant == 3 ? 0 : 1;
        const int hi = variant == 1 ? 3 : variant == 2 ? 3 : variant == 3 ? 0 : 12;
        in.A = randomCSR(rng, in.M, in.K, variant == 2 ? 3 : lo, hi, variant == 1);
        in.B = randomCSR(rng, in.K, in.N, variant == 3 ? 1 : lo, variant == 3 ? 4 : hi, variant == 1);
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output C;
        timer.start();
        PAREVAL_REFERENCE(sparseMatMulCSR)(in.A.rowPtr, in.A.colIdx, in.A.values, in.B.rowPtr, in.B.colIdx,
                                           in.B.values, C.rowPtr, C.colIdx, C.values, in.M, in.K, in.N);
        timer.stop();
        return C;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output C;
        timer.start();
        sparseMatMulCSR(in.A.rowPtr, in.A.colIdx, in.A.values, in.B.rowPtr, in.B.colIdx, in.B.values,
                        C.rowPtr, C.colIdx, C.values, in.M, in.K, in.N);
        timer.stop();
        return C;
    }

    // the structure (row pointers, column indices) must match exactly; values within relative
    // 1e-9 plus absolute 1e-12 (sums of at most a few dozen products, any order)
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected.rowPtr == got.rowPtr && expected.colIdx == got.colIdx &&
               pareval::all_close(expected.values, got.values, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
