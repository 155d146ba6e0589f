#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

struct Entry {
    double value;
    std::size_t index;
};

bool by_value(const Entry& a, const Entry& b) { return a.value < b.value; }

}  // namespace

void sortedRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    std::vector<std::size_t> start(size + 1);
    for (int r = 0; r <= size; ++r) start[r] = n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size);
    const std::size_t begin = start[rank], end = start[rank + 1];

    // rank 0 keeps all entries in one array; the other ranks only their block
    std::vector<Entry> entries(rank == 0 ? n : end - begin);
    Entry* mine = entries.data();  // on rank 0 its block is the first one
    for (std::size_t i = begin; i < end; ++i) mine[i - begin] = Entry{x[i], i};
    std::sort(mine, mine + (end - begin), by_value);

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
        MPI_Gatherv(entries.data(), static_cast<int>(entries.size() * sizeof(Entry)), MPI_BYTE, nullptr, nullptr,
                    nullptr, MPI_BYTE, 0, MPI_COMM_WORLD);
        return;
    }

    // merge neighbouring runs pairwise until two runs are left, ping-ponging between buffers
    int width = 1;
    std::vector<Entry> other(size > 2 ? n : 0);
    std::vector<Entry>* src = &entries;
    std::vector<Entry>* dst = &other;
    for (; 2 * width < size; width *= 2) {
        for (int r = 0; r < size; r += 2 * width) {
            const std::size_t lo = start[r];
            const std::size_t mid = start[std::min(r + width, size)];
            const std::size_t hi = start[std::min(r + 2 * width, size)];
            std::merge(src->begin() + lo, src->begin() + mid, src->begin() + mid, src->begin() + hi,
                       dst->begin() + lo, by_value);
        }
        std::swap(src, dst);
    }

    // the last merge of the runs [0, mid) and [mid, n) hands out the positions directly
    const Entry* e = src->data();
    std::size_t a = 0, b = size > 1 ? start[width] : n;
    const std::size_t mid = b;
    for (std::size_t pos = 0; pos < n; ++pos) {
        if (b == n || (a < mid && e[a].value < e[b].value)) ranks[e[a++].index] = pos;
        else ranks[e[b++].index] = pos;
    }
}
