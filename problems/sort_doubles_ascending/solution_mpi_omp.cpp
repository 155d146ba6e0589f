#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

// How many of the first k elements of merge(a[0, na), b[0, nb)) come from a (ties taken from a
// first, as std::merge does).
std::size_t taken_from_a(std::size_t k, const double* a, std::size_t na, const double* b, std::size_t nb) {
    std::size_t lo = k > nb ? k - nb : 0;
    std::size_t hi = std::min(k, na);
    while (lo < hi) {
        const std::size_t i = (lo + hi) / 2;
        if (b[k - i - 1] < a[i]) hi = i;  // b[k-i-1] is output before a[i]: at most i from a
        else lo = i + 1;
    }
    return lo;
}

// Called by every thread of the team: merges the sorted runs [bound[r], bound[r+1]) of src in
// pairs (r with r + width, r a multiple of 2 * width) into dst. Thread t fills its own equal
// share of the output positions [bound.front(), bound.back()).
void merge_pass(const double* src, double* dst, const std::vector<std::size_t>& bound, int width, int t,
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
        const double* a = src + lo;
        const double* b = src + mid;
        const std::size_t ia = taken_from_a(k0 - lo, a, mid - lo, b, hi - mid);
        const std::size_t ib = taken_from_a(k1 - lo, a, mid - lo, b, hi - mid);
        std::merge(a + ia, a + ib, b + (k0 - lo - ia), b + (k1 - lo - ib), dst + k0);
    }
}

// Called by every thread of the team: merges all runs of data (bounds in bound) into one, using
// buffer (as long as data) as scratch, and leaves the result in data over [bound.front(),
// bound.back()). Ends with a barrier.
void merge_runs(double* data, double* buffer, const std::vector<std::size_t>& bound, int t, int threads) {
    const int runs = static_cast<int>(bound.size()) - 1;
    double* src = data;
    double* dst = buffer;
    for (int width = 1; width < runs; width *= 2) {
        merge_pass(src, dst, bound, width, t, threads);
        std::swap(src, dst);
#pragma omp barrier
    }
    if (src != data) {
        const std::size_t first = bound[0], total = bound[runs] - first;
        std::copy(src + first + total * t / threads, src + first + total * (t + 1) / threads,
                  data + first + total * t / threads);
#pragma omp barrier
    }
}

}  // namespace

void sortAscending(std::vector<double>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<std::size_t> start(size + 1);
    for (int r = 0; r <= size; ++r) start[r] = n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);
    const std::size_t begin = start[rank], end = start[rank + 1];

    // every rank sorts its own block of its own copy of x: one chunk per thread, then merged
    std::vector<double> buffer(n);
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
        std::vector<std::size_t> bound(threads + 1);
        for (int r = 0; r <= threads; ++r) bound[r] = begin + (end - begin) * r / threads;
        std::sort(x.data() + bound[t], x.data() + bound[t + 1]);
#pragma omp barrier
        merge_runs(x.data(), buffer.data(), bound, t, threads);
    }

    // the sorted blocks land in place in rank 0's x
    if (rank == 0) {
        std::vector<int> counts(size), displs(size);
        for (int r = 0; r < size; ++r) {
            counts[r] = static_cast<int>(start[r + 1] - start[r]);
            displs[r] = static_cast<int>(start[r]);
        }
        MPI_Gatherv(MPI_IN_PLACE, 0, MPI_DOUBLE, x.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(x.data() + begin, static_cast<int>(end - begin), MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
        return;
    }

    // rank 0's threads merge the ranks' sorted blocks
    if (size == 1) return;
#pragma omp parallel
    merge_runs(x.data(), buffer.data(), start, omp_get_thread_num(), omp_get_num_threads());
}
