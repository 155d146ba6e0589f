#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

namespace {

// Y[rowBegin*N, rowEnd*N) = the rows [rowBegin, rowEnd) of A X, computed by the threads. These rows
// are cut into one block per thread, so no two threads ever write the same row of Y. The entries
// of A that fall in the rows are first grouped by block (a counting sort in which every thread
// handles a contiguous share of A), then every block applies its own entries in their order in A.
void productRows(std::vector<COOElement> const& A, std::vector<double> const& X, std::vector<double>& Y,
                 size_t rowBegin, size_t rowEnd, size_t N) {
    const long entries = static_cast<long>(A.size());
    const size_t rows = rowEnd - rowBegin;
    const int blocks = std::max(1, omp_get_max_threads());
    const size_t nb = static_cast<size_t>(blocks);
    std::vector<size_t> firstRow(nb + 1);  // block b is rows [firstRow[b], firstRow[b + 1])
    for (size_t b = 0; b <= nb; ++b) firstRow[b] = rowBegin + rows * b / nb;
    const double blocksPerRow = rows > 0 ? static_cast<double>(nb) / static_cast<double>(rows) : 0.0;
    // the block holding row, or nb when the row is outside [rowBegin, rowEnd)
    auto blockOf = [&](size_t row) {
        if (row < rowBegin || row >= rowEnd) return nb;
        size_t b = std::min(nb - 1, static_cast<size_t>(static_cast<double>(row - rowBegin) * blocksPerRow));
        while (b > 0 && row < firstRow[b]) --b;  // fix the guess's rounding
        while (b + 1 < nb && row >= firstRow[b + 1]) ++b;
        return b;
    };

    std::vector<unsigned> blockOfEntry(A.size());
    std::vector<size_t> counts(nb * nb, 0);  // counts[share * nb + block]
#pragma omp parallel for schedule(static)
    for (int s = 0; s < blocks; ++s) {
        size_t* c = &counts[static_cast<size_t>(s) * nb];
        for (long e = entries * s / blocks; e < entries * (s + 1) / blocks; ++e) {
            const size_t b = blockOf(A[e].row);
            blockOfEntry[e] = static_cast<unsigned>(b);
            if (b < nb) ++c[b];
        }
    }
    // next[share * nb + block]: where that share puts its next entry of that block; the blocks
    // follow each other, and within a block the shares do, so A's order is kept
    std::vector<size_t> next(nb * nb), blockStart(nb + 1, 0);
    size_t pos = 0;
    for (size_t b = 0; b < nb; ++b) {
        blockStart[b] = pos;
        for (size_t s = 0; s < nb; ++s) {
            next[s * nb + b] = pos;
            pos += counts[s * nb + b];
        }
    }
    blockStart[nb] = pos;
    std::vector<unsigned> order(pos);
#pragma omp parallel for schedule(static)
    for (int s = 0; s < blocks; ++s) {
        size_t* nx = &next[static_cast<size_t>(s) * nb];
        for (long e = entries * s / blocks; e < entries * (s + 1) / blocks; ++e) {
            const size_t b = blockOfEntry[e];
            if (b < nb) order[nx[b]++] = static_cast<unsigned>(e);
        }
    }

    // the blocks may hold very different numbers of entries: hand them out dynamically
#pragma omp parallel for schedule(dynamic, 1)
    for (int b = 0; b < blocks; ++b) {
        for (size_t i = firstRow[b] * N; i < firstRow[b + 1] * N; ++i) Y[i] = 0.0;
        for (size_t k = blockStart[b]; k < blockStart[b + 1]; ++k) {
            const COOElement el = A[order[k]];
            double* y = &Y[el.row * N];
            const double* x = &X[el.column * N];
            for (size_t j = 0; j < N; ++j) y[j] += el.value * x[j];
        }
    }
}

}  // namespace

void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
    (void)K;
    productRows(A, X, Y, 0, M, N);
}
