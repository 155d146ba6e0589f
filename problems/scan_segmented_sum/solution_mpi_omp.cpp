#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

namespace {

// Summary of a stretch: whether it contains a segment start, and the sum of its trailing elements
// after the last segment start (the whole stretch's sum if it has none).
struct Summary {
    double has_start;
    double tail;
};

// Combines an earlier summary (in) with a later one (inout): MPI applies it in rank order.
void combineSummaries(void* in, void* inout, int* len, MPI_Datatype*) {
    const Summary* earlier = static_cast<const Summary*>(in);
    Summary* later = static_cast<Summary*>(inout);
    for (int k = 0; k < *len; ++k) {
        if (later[k].has_start == 0.0) later[k].tail += earlier[k].tail;
        if (earlier[k].has_start != 0.0) later[k].has_start = 1.0;
    }
}

}  // namespace

// Each rank's block is split into one piece per thread; every thread scans its piece as if a
// segment started there and summarises it. The rank's summary (its pieces combined) goes through
// MPI_Exscan for the carry entering the rank; the carries are passed along the pieces, each thread
// fixes the elements before its piece's first segment start, and rank 0 gathers the blocks.
void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    auto block_begin = [&](int r) { return n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size); };
    const std::size_t begin = block_begin(rank), end = block_begin(rank + 1);
    const std::size_t len = end - begin;

    const int max_threads = omp_get_max_threads();
    std::vector<Summary> piece(max_threads, Summary{0.0, 0.0});
    std::vector<std::size_t> piece_first_start(max_threads, 0);
    std::vector<double> piece_carry(max_threads, 0.0);
    int team = 1;

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
#pragma omp single nowait
        team = nt;
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = begin + len * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        std::size_t first_start = hi;
        double running = 0.0;
        for (std::size_t i = lo; i < hi; ++i) {
            const bool starts = i == 0 || startsSegment[i];
            if (starts && first_start == hi) first_start = i;
            running = (starts || i == lo) ? x[i] : running + x[i];
            output[i] = running;
        }
        piece[t] = Summary{first_start < hi ? 1.0 : 0.0, hi > lo ? running : 0.0};
        piece_first_start[t] = first_start;
    }

    Summary mine{0.0, 0.0};
    for (int k = 0; k < team; ++k) {
        mine.tail = piece[k].has_start != 0.0 ? piece[k].tail : mine.tail + piece[k].tail;
        if (piece[k].has_start != 0.0) mine.has_start = 1.0;
    }

    MPI_Datatype pair;
    MPI_Type_contiguous(2, MPI_DOUBLE, &pair);
    MPI_Type_commit(&pair);
    MPI_Op op;
    MPI_Op_create(&combineSummaries, 0 /* not commutative */, &op);
    Summary before{0.0, 0.0};
    MPI_Exscan(&mine, &before, 1, pair, op, MPI_COMM_WORLD);
    MPI_Op_free(&op);
    MPI_Type_free(&pair);

    double carry = rank == 0 ? 0.0 : before.tail;  // sum of the segment still open where the rank begins
    for (int k = 0; k < team; ++k) {
        piece_carry[k] = carry;
        carry = piece[k].has_start != 0.0 ? piece[k].tail : carry + piece[k].tail;
    }

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const double c = t < team ? piece_carry[t] : 0.0;
        if (c != 0.0)
            for (std::size_t i = lo; i < piece_first_start[t]; ++i) output[i] += c;
    }

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
        MPI_Gatherv(output.data() + begin, static_cast<int>(len), MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE,
                    0, MPI_COMM_WORLD);
    }
}
