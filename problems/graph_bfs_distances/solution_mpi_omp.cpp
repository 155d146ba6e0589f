#include <mpi.h>
#include <omp.h>
#include <vector>

// Level-synchronous breadth-first search. Every rank keeps the whole distance array and the
// whole current frontier; each rank expands a contiguous slice of the frontier with its threads,
// which claim a vertex by an atomic compare-and-swap of its distance from -1 to kFoundHere and
// collect what they claim in their own buffers. The buffers are joined into this rank's list,
// and the lists of all ranks are exchanged with MPI_Allgatherv (outside any parallel region) so
// that every rank can build the next frontier.
void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = static_cast<int>(offsets.size()) - 1;
    constexpr int kFoundHere = -2;  // found by this rank in the current level, not yet exchanged

    distances.assign(n, -1);
    distances[source] = 0;
    int* dist = distances.data();
    const int* off = offsets.data();
    const int* adj = neighbors.data();
    std::vector<int> frontier{source}, found(n), all;  // a vertex is found at most once per rank
    std::vector<int> counts(size), displs(size);
    std::vector<int> starts(omp_get_max_threads() + 1, 0);
    for (int level = 1; !frontier.empty(); ++level) {
        const long f = static_cast<long>(frontier.size());
        const long begin = f * rank / size, end = f * (rank + 1) / size;
        const int* front = frontier.data();
        int mine = 0;  // vertices found by this rank in this level: found[0, mine)
#pragma omp parallel
        {
            const int tid = omp_get_thread_num(), nthreads = omp_get_num_threads();
            std::vector<int> local;
#pragma omp for schedule(dynamic, 64)
            for (long i = begin; i < end; ++i) {
                const int u = front[i];
                const int stop = off[u + 1];
                for (int k = off[u]; k < stop; ++k) {
                    const int v = adj[k];
                    if (__atomic_load_n(&dist[v], __ATOMIC_RELAXED) != -1) continue;
                    int expected = -1;
                    if (__atomic_compare_exchange_n(&dist[v], &expected, kFoundHere, false,
                                                    __ATOMIC_RELAXED, __ATOMIC_RELAXED))
                        local.push_back(v);
                }
            }
            starts[tid + 1] = static_cast<int>(local.size());
#pragma omp barrier
#pragma omp single
            {
                starts[0] = 0;
                for (int t = 0; t < nthreads; ++t) starts[t + 1] += starts[t];
                mine = starts[nthreads];
            }
            for (std::size_t j = 0; j < local.size(); ++j) found[starts[tid] + j] = local[j];
        }
        MPI_Allgather(&mine, 1, MPI_INT, counts.data(), 1, MPI_INT, MPI_COMM_WORLD);
        int total = 0;
        for (int r = 0; r < size; ++r) {
            displs[r] = total;
            total += counts[r];
        }
        all.resize(total);
        MPI_Allgatherv(found.data(), mine, MPI_INT, all.data(), counts.data(), displs.data(), MPI_INT,
                       MPI_COMM_WORLD);
        frontier.clear();
        for (int v : all) {
            if (dist[v] < 0) {  // unseen (-1) or found here (-2); duplicates are skipped
                dist[v] = level;
                frontier.push_back(v);
            }
        }
    }
}
