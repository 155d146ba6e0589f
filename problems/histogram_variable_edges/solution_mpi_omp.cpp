#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <omp.h>
#include <vector>

void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(x.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;
    const long bins = static_cast<long>(edges.size()) - 1;
    const double lo = edges.front(), hi = edges.back();

    // this rank's counts: per-thread tallies over the rank's block, summed bin by bin
    std::vector<unsigned long long> rankCounts(bins, 0);
    std::vector<std::vector<unsigned long long>> partial;
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
#pragma omp single
        partial.resize(omp_get_num_threads());
        std::vector<unsigned long long>& mine = partial[t];
        mine.assign(bins, 0);
#pragma omp for schedule(static)
        for (long k = begin; k < end; ++k) {
            const double v = x[k];
            if (!(v >= lo && v < hi)) continue;
            const long i = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
            ++mine[i - 1];
        }
        const int threads = static_cast<int>(partial.size());
#pragma omp for schedule(static)
        for (long b = 0; b < bins; ++b) {
            unsigned long long s = 0;
            for (int u = 0; u < threads; ++u) s += partial[u][b];
            rankCounts[b] = s;
        }
    }

    std::vector<unsigned long long> total(rank == 0 ? bins : 0);
    MPI_Reduce(rankCounts.data(), total.data(), static_cast<int>(bins), MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0,
               MPI_COMM_WORLD);
    if (rank == 0)
        for (long b = 0; b < bins; ++b) counts[b] = static_cast<std::size_t>(total[b]);
}
