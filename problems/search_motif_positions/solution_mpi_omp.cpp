#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

static_assert(sizeof(std::size_t) == sizeof(std::uint64_t), "positions travel as 64-bit integers");

// Each rank tests a contiguous block of the possible starting positions (reading at most
// motif.size() - 1 letters beyond it), its threads splitting the block into contiguous
// sub-blocks in thread order, each with a vector of matches of its own. The threads' matches are
// concatenated in order on the rank, and rank 0 gathers the ranks' matches, which arrive in order.
std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = genome.size(), m = motif.size();
    const std::size_t starts = m <= n ? n - m + 1 : 0;
    const std::size_t begin = starts * rank / size, end = starts * (rank + 1) / size;
    const char* g = genome.data();
    const char* mo = motif.data();

    std::vector<std::size_t> mine;     // this rank's matches, in order
    std::vector<std::size_t> offsets;  // offsets[t] = where thread t's matches go in mine
#pragma omp parallel
    {
        const std::size_t threads = static_cast<std::size_t>(omp_get_num_threads());
        const std::size_t t = static_cast<std::size_t>(omp_get_thread_num());
#pragma omp single
        offsets.assign(threads + 1, 0);
        const std::size_t len = end - begin;
        const std::size_t lo = begin + len * t / threads, hi = begin + len * (t + 1) / threads;
        std::vector<std::size_t> found;
        for (std::size_t p = lo; p < hi; ++p) {
            std::size_t k = 0;
            while (k < m && g[p + k] == mo[k]) ++k;
            if (k == m) found.push_back(p);
        }
        offsets[t + 1] = found.size();
#pragma omp barrier
#pragma omp single
        {
            for (std::size_t i = 0; i < threads; ++i) offsets[i + 1] += offsets[i];
            mine.resize(offsets[threads]);
        }
        for (std::size_t i = 0; i < found.size(); ++i) mine[offsets[t] + i] = found[i];
    }

    const int count = static_cast<int>(mine.size());
    std::vector<int> counts(size), displs(size);
    MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    int total = 0;
    if (rank == 0)
        for (int r = 0; r < size; ++r) {
            displs[r] = total;
            total += counts[r];
        }
    std::vector<std::size_t> result(rank == 0 ? total : 0);
    MPI_Gatherv(mine.data(), count, MPI_UINT64_T, result.data(), counts.data(), displs.data(), MPI_UINT64_T, 0,
                MPI_COMM_WORLD);
    return result;
}
