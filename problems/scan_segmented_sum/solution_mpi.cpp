#include <mpi.h>
#include <cstddef>
#include <vector>

namespace {

// Summary of a block: whether it contains a segment start, and the sum of its trailing elements
// after the last segment start (the whole block's sum if it has none).
struct Summary {
    double has_start;
    double tail;
};

// Combines an earlier summary (in) with a later one (inout): MPI applies it in rank order.
void combine(void* in, void* inout, int* len, MPI_Datatype*) {
    const Summary* a = static_cast<const Summary*>(in);
    Summary* b = static_cast<Summary*>(inout);
    for (int k = 0; k < *len; ++k) {
        if (b[k].has_start == 0.0) b[k].tail += a[k].tail;
        if (a[k].has_start != 0.0) b[k].has_start = 1.0;
    }
}

}  // namespace

void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    auto block_begin = [&](int r) { return n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size); };
    const std::size_t begin = block_begin(rank), end = block_begin(rank + 1);

    // local segmented scan of the block, as if a segment started at `begin`
    std::size_t first_start = end;  // first index in the block that starts a segment
    double running = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
        const bool starts = i == 0 || startsSegment[i];
        if (starts && first_start == end) first_start = i;
        running = (starts || i == begin) ? x[i] : running + x[i];
        output[i] = running;
    }
    Summary mine{first_start < end ? 1.0 : 0.0, end > begin ? running : 0.0};

    // carry-in: the sum of the segment that is still open where this block begins
    MPI_Datatype pair;
    MPI_Type_contiguous(2, MPI_DOUBLE, &pair);
    MPI_Type_commit(&pair);
    MPI_Op op;
    MPI_Op_create(&combine, 0 /* not commutative */, &op);
    Summary before{0.0, 0.0};
    MPI_Exscan(&mine, &before, 1, pair, op, MPI_COMM_WORLD);
    MPI_Op_free(&op);
    MPI_Type_free(&pair);
    const double carry = rank == 0 ? 0.0 : before.tail;
    if (carry != 0.0)
        for (std::size_t i = begin; i < first_start; ++i) output[i] += carry;

    std::vector<int> counts, displs;
    if (rank == 0) {
        counts.resize(size);
        displs.resize(size);
        for (int r = 0; r < size; ++r) {
            counts[r] = static_cast<int>(block_begin(r + 1) - block_begin(r));
            displs[r] = static_cast<int>(block_begin(r));
        }
        MPI_Gatherv(MPI_IN_PLACE, 0, MPI_DOUBLE, output.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(output.data() + begin, static_cast<int>(end - begin), MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    }
}
