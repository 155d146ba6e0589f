#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

namespace {

bool key_less(const Record& a, const Record& b) { return a.key < b.key; }

}  // namespace

void stableSortByKey(std::vector<Record>& records) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = records.size();
    std::vector<std::size_t> start(size + 1);
    for (int r = 0; r <= size; ++r) start[r] = n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);

    // every rank stable-sorts its own block of its own copy
    std::stable_sort(records.begin() + start[rank], records.begin() + start[rank + 1], key_less);

    // the sorted blocks land in place in rank 0's vector, as raw bytes (Record is trivially copyable)
    if (rank == 0) {
        std::vector<int> counts(size), displs(size);
        for (int r = 0; r < size; ++r) {
            counts[r] = static_cast<int>((start[r + 1] - start[r]) * sizeof(Record));
            displs[r] = static_cast<int>(start[r] * sizeof(Record));
        }
        MPI_Gatherv(MPI_IN_PLACE, 0, MPI_BYTE, records.data(), counts.data(), displs.data(), MPI_BYTE, 0,
                    MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(records.data() + start[rank], static_cast<int>((start[rank + 1] - start[rank]) * sizeof(Record)),
                    MPI_BYTE, nullptr, nullptr, nullptr, MPI_BYTE, 0, MPI_COMM_WORLD);
        return;
    }
    if (size == 1) return;

    // Merge neighbouring runs pairwise. std::merge takes equal elements from the first range
    // first, and the runs are in input order, so the result stays stable.
    std::vector<Record> other(n);
    std::vector<Record>* src = &records;
    std::vector<Record>* dst = &other;
    for (int width = 1; width < size; width *= 2) {
        for (int r = 0; r < size; r += 2 * width) {
            const std::size_t lo = start[r];
            const std::size_t mid = start[std::min(r + width, size)];
            const std::size_t hi = start[std::min(r + 2 * width, size)];
            std::merge(src->begin() + lo, src->begin() + mid, src->begin() + mid, src->begin() + hi,
                       dst->begin() + lo, key_less);
        }
        std::swap(src, dst);
    }
    if (src != &records) records.swap(*src);
}
