#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

// Each rank's block is split into one piece per thread. Every thread keeps its piece's own records
// (relative to the piece start): an increasing sequence ending at the piece maximum. MPI_Exscan (max)
// of the rank maxima gives the maximum before each rank; a piece record counts when it beats the
// maximum before its rank and the maxima of the earlier pieces of its rank.
std::size_t countRecordHighs(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * static_cast<std::size_t>(rank) / static_cast<std::size_t>(size);
    const std::size_t end = n * static_cast<std::size_t>(rank + 1) / static_cast<std::size_t>(size);
    const std::size_t len = end - begin;
    const double lowest = -std::numeric_limits<double>::infinity();

    std::vector<std::vector<double>> piece_records(omp_get_max_threads());
    int team = 1;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
#pragma omp single nowait
        team = nt;
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = begin + len * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        std::vector<double> mine;  // filled privately, published once (no false sharing)
        if (lo < hi) {
            double best = x[lo];
            mine.push_back(best);
            for (std::size_t i = lo + 1; i < hi; ++i) {
                if (x[i] > best) {
                    best = x[i];
                    mine.push_back(best);
                }
            }
        }
        piece_records[t] = std::move(mine);
    }

    double rank_max = lowest;
    for (int k = 0; k < team; ++k)
        if (!piece_records[k].empty() && piece_records[k].back() > rank_max) rank_max = piece_records[k].back();
    double before = lowest;
    MPI_Exscan(&rank_max, &before, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
    if (rank == 0) before = lowest;  // MPI_Exscan leaves rank 0's result undefined

    // x[0] is a record whatever its value; every other record must beat everything before it
    unsigned long long count = 0;
    bool first = rank == 0 || begin == 0;
    for (int k = 0; k < team; ++k) {
        const std::vector<double>& rec = piece_records[k];
        if (rec.empty()) continue;
        if (first) {
            count += rec.size();
            first = false;
        } else {
            count += static_cast<unsigned long long>(rec.end() - std::upper_bound(rec.begin(), rec.end(), before));
        }
        if (rec.back() > before) before = rec.back();
    }

    unsigned long long total = 0;
    MPI_Reduce(&count, &total, 1, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    return static_cast<std::size_t>(total);
}
