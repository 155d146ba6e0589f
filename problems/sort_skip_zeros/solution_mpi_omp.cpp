#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

// Number of elements of a (sorted, length m) among the first k outputs of merging a with b
// (sorted, length nb).
std::size_t coRank(const int* a, std::size_t m, const int* b, std::size_t nb, std::size_t k) {
    std::size_t lo = k > nb ? k - nb : 0;
    std::size_t hi = std::min(k, m);
    while (lo < hi) {
        const std::size_t i = lo + (hi - lo) / 2;
        const std::size_t j = k - i;
        if (j > 0 && b[j - 1] >= a[i]) lo = i + 1;
        else hi = i;
    }
    return lo;
}

// Merges the sorted runs [bounds[r], bounds[r + 1]) of a into one sorted run, pairwise; every
// merge is split among all the threads along the merge path. The result ends in a.
void mergeRuns(std::vector<int>& a, const std::vector<std::size_t>& bounds) {
    const int runs = static_cast<int>(bounds.size()) - 1;
    if (runs <= 1) return;
    std::vector<int> tmp(a.size());
    for (int width = 1; width < runs; width *= 2) {
        const int* src = a.data();
        int* dst = tmp.data();
#pragma omp parallel
        {
            const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
            const std::size_t nt = static_cast<std::size_t>(omp_get_num_threads());
            for (int r = 0; r < runs; r += 2 * width) {
                const std::size_t lo = bounds[r];
                const std::size_t mid = bounds[std::min(r + width, runs)];
                const std::size_t hi = bounds[std::min(r + 2 * width, runs)];
                const std::size_t m = mid - lo, nb = hi - mid, len = hi - lo;
                const std::size_t k0 = len * t / nt, k1 = len * (t + 1) / nt;
                const std::size_t i0 = coRank(src + lo, m, src + mid, nb, k0);
                const std::size_t i1 = coRank(src + lo, m, src + mid, nb, k1);
                std::merge(src + lo + i0, src + lo + i1, src + mid + (k0 - i0), src + mid + (k1 - i1),
                           dst + lo + k0);
            }
        }
        a.swap(tmp);
    }
}

// Counts the non-zero values of x[begin, end) in each of `blocks` equal sub-blocks:
// offsets[b + 1] - offsets[b] is the count of sub-block b, offsets[0] = 0.
std::vector<std::size_t> blockOffsets(const std::vector<int>& x, std::size_t begin, std::size_t end,
                                      int blocks) {
    const std::size_t n = end - begin;
    std::vector<std::size_t> offsets(blocks + 1, 0);
#pragma omp parallel for schedule(static)
    for (int b = 0; b < blocks; ++b) {
        std::size_t c = 0;
        for (std::size_t i = begin + n * b / blocks, e = begin + n * (b + 1) / blocks; i < e; ++i)
            c += x[i] != 0;
        offsets[b + 1] = c;
    }
    for (int b = 0; b < blocks; ++b) offsets[b + 1] += offsets[b];
    return offsets;
}

}  // namespace

void sortSkippingZeros(std::vector<int>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;
    const std::size_t len = end - begin;
    const int blocks = std::max(1, omp_get_max_threads());

    // the non-zero values of this rank's block, sorted by the threads: each sorts a sub-block's
    // values, then the sorted runs are merged
    std::vector<std::size_t> offsets = blockOffsets(x, begin, end, blocks);
    std::vector<int> mine(offsets[blocks]);
#pragma omp parallel for schedule(static)
    for (int b = 0; b < blocks; ++b) {
        std::size_t k = offsets[b];
        for (std::size_t i = begin + len * b / blocks, e = begin + len * (b + 1) / blocks; i < e; ++i)
            if (x[i] != 0) mine[k++] = x[i];
        std::sort(mine.begin() + offsets[b], mine.begin() + offsets[b + 1]);
    }
    mergeRuns(mine, offsets);

    // rank 0 collects the sorted runs one after the other
    int my_count = static_cast<int>(mine.size());
    std::vector<int> counts(rank == 0 ? size : 0), displs(rank == 0 ? size : 0);
    MPI_Gather(&my_count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::vector<std::size_t> bounds(rank == 0 ? size + 1 : 0, 0);
    std::vector<int> values;
    if (rank == 0) {
        for (int r = 0; r < size; ++r) {
            displs[r] = static_cast<int>(bounds[r]);
            bounds[r + 1] = bounds[r] + static_cast<std::size_t>(counts[r]);
        }
        values.resize(bounds[size]);
    }
    MPI_Gatherv(mine.data(), my_count, MPI_INT, values.data(), counts.data(), displs.data(), MPI_INT, 0,
                MPI_COMM_WORLD);
    if (rank != 0) return;

    // rank 0 merges the runs, then its threads write the values into the non-zero slots of x
    mergeRuns(values, bounds);
    offsets = blockOffsets(x, 0, n, blocks);
#pragma omp parallel for schedule(static)
    for (int b = 0; b < blocks; ++b) {
        std::size_t k = offsets[b];
        for (std::size_t i = n * b / blocks, e = n * (b + 1) / blocks; i < e; ++i)
            if (x[i] != 0) x[i] = values[k++];
    }
}
