#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

struct Edge {
    int u;
    int v;
};

std::vector<int> vertexDegrees(int numVertices, std::vector<Edge> const& edges) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t m = edges.size();
    const long begin = static_cast<long>(m * rank / size);
    const long end = static_cast<long>(m * (rank + 1) / size);
    const std::size_t nv = static_cast<std::size_t>(numVertices);

    // the rank's threads count its block of edges into private arrays, then sum them into local
    std::vector<int> local(nv, 0);
    std::vector<std::vector<int>> counts;
#pragma omp parallel
    {
        const int t = omp_get_thread_num(), threads = omp_get_num_threads();
#pragma omp single
        counts.resize(threads);
        std::vector<int>& mine = counts[t];
        mine.assign(nv, 0);
#pragma omp for schedule(static)
        for (long i = begin; i < end; ++i) {
            ++mine[edges[i].u];
            ++mine[edges[i].v];
        }
#pragma omp for schedule(static)
        for (long v = 0; v < static_cast<long>(nv); ++v) {
            int d = 0;
            for (int s = 0; s < threads; ++s) d += counts[s][v];
            local[v] = d;
        }
    }

    std::vector<int> degrees(rank == 0 ? nv : 0, 0);
    if (numVertices > 0)
        MPI_Reduce(local.data(), degrees.data(), numVertices, MPI_INT, MPI_SUM, 0, MPI_COMM_WORLD);
    return degrees;
}
