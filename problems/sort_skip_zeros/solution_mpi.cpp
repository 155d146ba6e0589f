#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

void sortSkippingZeros(std::vector<int>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size;
    const std::size_t end = n * (rank + 1) / size;

    // the non-zero values of this rank's block, sorted
    std::vector<int> mine;
    mine.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i)
        if (x[i] != 0) mine.push_back(x[i]);
    std::sort(mine.begin(), mine.end());

    // rank 0 collects the sorted runs one after the other
    int my_count = static_cast<int>(mine.size());
    std::vector<int> counts(rank == 0 ? size : 0), displs(rank == 0 ? size + 1 : 0);
    MPI_Gather(&my_count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::vector<int> runs;
    if (rank == 0) {
        displs[0] = 0;
        for (int r = 0; r < size; ++r) displs[r + 1] = displs[r] + counts[r];
        runs.resize(displs[size]);
    }
    MPI_Gatherv(mine.data(), my_count, MPI_INT, runs.data(), counts.data(), displs.data(), MPI_INT, 0, MPI_COMM_WORLD);
    if (rank != 0) return;

    // merge neighbouring runs pairwise until two runs are left, ping-ponging between buffers
    int width = 1;
    std::vector<int> other(size > 2 ? runs.size() : 0);
    std::vector<int>* src = &runs;
    std::vector<int>* dst = &other;
    for (; 2 * width < size; width *= 2) {
        for (int r = 0; r < size; r += 2 * width) {
            const int lo = displs[r];
            const int mid = displs[std::min(r + width, size)];
            const int hi = displs[std::min(r + 2 * width, size)];
            std::merge(src->begin() + lo, src->begin() + mid, src->begin() + mid, src->begin() + hi,
                       dst->begin() + lo);
        }
        std::swap(src, dst);
    }

    // the last merge of the runs [0, mid) and [mid, total) writes into the non-zero positions of x
    const int* v = src->data();
    const std::size_t total = src->size();
    const std::size_t mid = size > 1 ? static_cast<std::size_t>(displs[width]) : total;
    std::size_t a = 0, b = mid;
    for (int& xi : x) {
        if (xi == 0) continue;
        xi = (b == total || (a < mid && v[a] <= v[b])) ? v[a++] : v[b++];
    }
}
