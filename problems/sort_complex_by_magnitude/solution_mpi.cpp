#include <mpi.h>
#include <algorithm>
#include <complex>
#include <cstddef>
#include <vector>

namespace {

bool smaller_magnitude(const std::complex<double>& a, const std::complex<double>& b) {
    return std::abs(a) < std::abs(b);
}

}  // namespace

void sortByMagnitude(std::vector<std::complex<double>>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<std::size_t> start(size + 1);
    for (int r = 0; r <= size; ++r) start[r] = n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);

    // every rank sorts its own block of its own copy of x
    std::sort(x.begin() + start[rank], x.begin() + start[rank + 1], smaller_magnitude);

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
        MPI_Gatherv(reinterpret_cast<double*>(x.data() + start[rank]), static_cast<int>(2 * (start[rank + 1] - start[rank])),
                    MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0, MPI_COMM_WORLD);
        return;
    }
    if (size == 1) return;

    // rank 0 merges neighbouring runs pairwise (log2(size) rounds), ping-ponging between buffers
    std::vector<std::complex<double>> other(n);
    std::vector<std::complex<double>>* src = &x;
    std::vector<std::complex<double>>* dst = &other;
    for (int width = 1; width < size; width *= 2) {
        for (int r = 0; r < size; r += 2 * width) {
            const std::size_t lo = start[r];
            const std::size_t mid = start[std::min(r + width, size)];
            const std::size_t hi = start[std::min(r + 2 * width, size)];
            std::merge(src->begin() + lo, src->begin() + mid, src->begin() + mid, src->begin() + hi,
                       dst->begin() + lo, smaller_magnitude);
        }
        std::swap(src, dst);
    }
    if (src != &x) x.swap(*src);
}
