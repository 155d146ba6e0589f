#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <complex>
#include <cstddef>
#include <vector>

namespace {

using Complex = std::complex<double>;

bool smaller_magnitude(const Complex& a, const Complex& b) { return std::abs(a) < std::abs(b); }

// Number of elements of a[0, na) among the first k outputs of the stable merge of a and b.
std::size_t split_point(std::size_t k, const Complex* a, std::size_t na, const Complex* b, std::size_t nb) {
    std::size_t lo = k > nb ? k - nb : 0, hi = std::min(k, na);
    while (lo < hi) {
        const std::size_t i = lo + (hi - lo) / 2;  // here 1 <= k - i <= nb
        if (smaller_magnitude(b[k - i - 1], a[i])) hi = i;
        else lo = i + 1;
    }
    return lo;
}

// One merge round, run by every thread of the team: the runs [start[r], start[r+1]) (offsets
// from src) are merged pairwise (run r with run r + width, r a multiple of 2 * width) into dst.
// Each thread writes its own equal slice of the output positions.
void merge_round(const Complex* src, Complex* dst, const std::vector<std::size_t>& start, int runs, int width,
                 int thread, int threads) {
    const std::size_t n = start[runs] - start[0];
    const std::size_t s0 = start[0] + n * thread / threads, s1 = start[0] + n * (thread + 1) / threads;
    for (int r = 0; r < runs; r += 2 * width) {
        const std::size_t lo = start[r];
        const std::size_t mid = start[std::min(r + width, runs)];
        const std::size_t hi = start[std::min(r + 2 * width, runs)];
        const std::size_t k0 = std::max(lo, s0), k1 = std::min(hi, s1);
        if (k0 >= k1) continue;
        const Complex* a = src + lo;
        const Complex* b = src + mid;
        const std::size_t na = mid - lo, nb = hi - mid;
        const std::size_t i0 = split_point(k0 - lo, a, na, b, nb), i1 = split_point(k1 - lo, a, na, b, nb);
        std::merge(a + i0, a + i1, b + (k0 - lo - i0), b + (k1 - lo - i1), dst + k0, smaller_magnitude);
    }
}

// Merges the sorted runs [start[r], start[r+1]) of buf (r < runs) with all threads; tmp has buf's
// size. Returns the buffer that holds the result.
Complex* merge_runs(Complex* buf, Complex* tmp, const std::vector<std::size_t>& start, int runs) {
    Complex* result = buf;
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
        Complex* src = buf;
        Complex* dst = tmp;
        for (int width = 1; width < runs; width *= 2) {
            merge_round(src, dst, start, runs, width, t, threads);
            std::swap(src, dst);
#pragma omp barrier
        }
#pragma omp single
        result = src;
    }
    return result;
}

// Sorts buf[lo, hi) with all threads: one chunk per thread, then merged; tmp has buf's size.
void parallel_sort(Complex* buf, Complex* tmp, std::size_t lo, std::size_t hi) {
    std::vector<std::size_t> start;
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
#pragma omp single
        {
            start.resize(threads + 1);
            for (int r = 0; r <= threads; ++r) start[r] = lo + (hi - lo) * r / threads;
        }
        std::sort(buf + start[t], buf + start[t + 1], smaller_magnitude);
    }
    const int chunks = static_cast<int>(start.size()) - 1;
    Complex* result = merge_runs(buf, tmp, start, chunks);
    if (result != buf) std::copy(tmp + lo, tmp + hi, buf + lo);
}

}  // namespace

void sortByMagnitude(std::vector<Complex>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<std::size_t> start(size + 1);
    for (int r = 0; r <= size; ++r) start[r] = n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);

    // every rank sorts its own block of its own copy of x, with its threads
    std::vector<Complex> other(n);
    parallel_sort(x.data(), other.data(), start[rank], start[rank + 1]);

    // the sorted blocks land in place in rank 0's x (a complex number is sent as two doubles)
    if (rank == 0) {
        std::vector<int> counts(size), displs(size);
        for (int r = 0; r < size; ++r) {
            counts[r] = static_cast<int>(2 * (start[r + 1] - start[r]));
            displs[r] = static_cast<int>(2 * start[r]);
        }
        MPI_Gatherv(MPI_IN_PLACE, 0, MPI_DOUBLE, reinterpret_cast<double*>(x.data()), counts.data(), displs.data(),
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(reinterpret_cast<double*>(x.data() + start[rank]),
                    static_cast<int>(2 * (start[rank + 1] - start[rank])), MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
        return;
    }

    // rank 0 merges the ranks' runs pairwise, with its threads
    if (size == 1) return;
    if (merge_runs(x.data(), other.data(), start, size) != x.data()) x.swap(other);
}
