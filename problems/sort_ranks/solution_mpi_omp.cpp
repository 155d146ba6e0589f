#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

struct Entry {
    double value;
    std::size_t index;
};

bool by_value(const Entry& a, const Entry& b) { return a.value < b.value; }

// How many of the first k elements of merge(a[0, na), b[0, nb)) come from a.
std::size_t taken_from_a(std::size_t k, const Entry* a, std::size_t na, const Entry* b, std::size_t nb) {
    std::size_t lo = k > nb ? k - nb : 0;
    std::size_t hi = std::min(k, na);
    while (lo < hi) {
        const std::size_t i = (lo + hi) / 2;
        if (by_value(b[k - i - 1], a[i])) hi = i;  // b[k-i-1] is output before a[i]: at most i from a
        else lo = i + 1;
    }
    return lo;
}

// Called by every thread of the team: merges the sorted runs [bound[r], bound[r+1]) of src in
// pairs (r with r + width, r a multiple of 2 * width) into dst. Thread t fills its own equal
// share of the output positions [bound.front(), bound.back()).
void merge_pass(const Entry* src, Entry* dst, const std::vector<std::size_t>& bound, int width, int t,
                int threads) {
    const int runs = static_cast<int>(bound.size()) - 1;
    const std::size_t first = bound[0], total = bound[runs] - first;
    const std::size_t out_lo = first + total * t / threads, out_hi = first + total * (t + 1) / threads;
    for (int r = 0; r < runs; r += 2 * width) {
        const std::size_t lo = bound[r];
        const std::size_t mid = bound[std::min(r + width, runs)];
        const std::size_t hi = bound[std::min(r + 2 * width, runs)];
        const std::size_t k0 = std::max(lo, out_lo), k1 = std::min(hi, out_hi);
        if (k0 >= k1) continue;
        const Entry* a = src + lo;
        const Entry* b = src + mid;
        const std::size_t ia = taken_from_a(k0 - lo, a, mid - lo, b, hi - mid);
        const std::size_t ib = taken_from_a(k1 - lo, a, mid - lo, b, hi - mid);
        std::merge(a + ia, a + ib, b + (k0 - lo - ia), b + (k1 - lo - ib), dst + k0, by_value);
    }
}

// Called by every thread of the team: merges all runs of data (bounds in bound) into one, with
// buffer (as long as data) as scratch. Returns the array that holds the result, the same on
// every thread; ends with a barrier.
Entry* merge_runs(Entry* data, Entry* buffer, const std::vector<std::size_t>& bound, int t, int threads) {
    const int runs = static_cast<int>(bound.size()) - 1;
    Entry* src = data;
    Entry* dst = buffer;
    for (int width = 1; width < runs; width *= 2) {
        merge_pass(src, dst, bound, width, t, threads);
        std::swap(src, dst);
#pragma omp barrier
    }
    return src;
}

}  // namespace

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<std::size_t> start(size + 1);
    for (int r = 0; r <= size; ++r) start[r] = n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);
    const std::size_t begin = start[rank], end = start[rank + 1];

    // every rank sorts the (value, index) pairs of its block with its threads: one chunk per
    // thread, then merged; the sorted block is left in entries[begin, end)
    std::vector<Entry> entries(n), buffer(n);
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
        std::vector<std::size_t> bound(threads + 1);
        for (int r = 0; r <= threads; ++r) bound[r] = begin + (end - begin) * r / threads;
        for (std::size_t i = bound[t]; i < bound[t + 1]; ++i) entries[i] = Entry{x[i], i};
        std::sort(entries.data() + bound[t], entries.data() + bound[t + 1], by_value);
#pragma omp barrier
        const Entry* result = merge_runs(entries.data(), buffer.data(), bound, t, threads);
        const std::size_t lo = begin + (end - begin) * t / threads, hi = begin + (end - begin) * (t + 1) / threads;
        if (result != entries.data()) std::copy(result + lo, result + hi, entries.data() + lo);
    }

    // sorted blocks travel as raw bytes (Entry is trivially copyable) into rank 0's array
    if (rank == 0) {
        std::vector<int> counts(size), displs(size);
        for (int r = 0; r < size; ++r) {
            counts[r] = static_cast<int>((start[r + 1] - start[r]) * sizeof(Entry));
            displs[r] = static_cast<int>(start[r] * sizeof(Entry));
        }
        MPI_Gatherv(MPI_IN_PLACE, 0, MPI_BYTE, entries.data(), counts.data(), displs.data(), MPI_BYTE, 0,
                    MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(entries.data() + begin, static_cast<int>((end - begin) * sizeof(Entry)), MPI_BYTE, nullptr,
                    nullptr, nullptr, MPI_BYTE, 0, MPI_COMM_WORLD);
        return;
    }

    // rank 0's threads merge the ranks' sorted blocks, then hand out the positions
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
        const Entry* sorted = merge_runs(entries.data(), buffer.data(), start, t, threads);
#pragma omp for schedule(static)
        for (long pos = 0; pos < static_cast<long>(n); ++pos) ranks[sorted[pos].index] = static_cast<std::size_t>(pos);
    }
}
