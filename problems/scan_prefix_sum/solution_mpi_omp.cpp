#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

namespace {

// Sum of x[begin, end) with four independent partial sums (keeps the adds pipelined).
double blockSum(std::vector<double> const& x, std::size_t begin, std::size_t end) {
    double part[4] = {0.0, 0.0, 0.0, 0.0};
    std::size_t j = begin;
    for (; j + 4 <= end; j += 4)
        for (int k = 0; k < 4; ++k) part[k] += x[j + k];
    for (; j < end; ++j) part[0] += x[j];
    return (part[0] + part[1]) + (part[2] + part[3]);
}

// Scans x[begin, end) into output, starting from `running`. Each group of four is summed on its
// own first, so the value carried from group to group costs one add per four elements.
void scanBlock(std::vector<double> const& x, std::vector<double>& output, std::size_t begin, std::size_t end,
               double running) {
    std::size_t i = begin;
    for (; i + 4 <= end; i += 4) {
        const double a = x[i], b = a + x[i + 1], c = b + x[i + 2], d = c + x[i + 3];
        output[i] = running + a;
        output[i + 1] = running + b;
        output[i + 2] = running + c;
        output[i + 3] = running + d;
        running += d;
    }
    for (; i < end; ++i) {
        running += x[i];
        output[i] = running;
    }
}

}  // namespace

// Each rank's block is split into one piece per thread. The threads sum their pieces; the rank's
// total goes through MPI_Exscan for the rank's offset; each thread then scans its piece from the
// offset of everything before it, and rank 0 gathers the blocks.
void prefixSum(std::vector<double> const& x, std::vector<double>& output) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    auto block_begin = [&](int r) { return n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size); };
    const std::size_t begin = block_begin(rank), end = block_begin(rank + 1);
    const std::size_t len = end - begin;

    const int max_threads = omp_get_max_threads();
    std::vector<double> piece_total(max_threads, 0.0), piece_offset(max_threads, 0.0);
    int team = 1;

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
#pragma omp single nowait
        team = nt;
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = begin + len * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        piece_total[t] = blockSum(x, lo, hi);
    }

    double rank_total = 0.0;
    for (int k = 0; k < team; ++k) rank_total += piece_total[k];
    double offset = 0.0;
    MPI_Exscan(&rank_total, &offset, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
    if (rank == 0) offset = 0.0;  // MPI_Exscan leaves rank 0's result undefined
    for (int k = 0; k < team; ++k) {
        piece_offset[k] = offset;
        offset += piece_total[k];
    }

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = begin + len * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        scanBlock(x, output, lo, hi, t < team ? piece_offset[t] : 0.0);
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
