#include <omp.h>
#include <vector>

// Level-synchronous breadth-first search. The threads share out the current frontier; a vertex
// is claimed by an atomic compare-and-swap of its distance from -1 to the level (so exactly one
// thread claims it), and each thread collects the vertices it claimed in its own buffer. The
// buffers are then copied side by side into the next frontier.
void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    const int n = static_cast<int>(offsets.size()) - 1;
    int* dist = distances.data();
    const int* off = offsets.data();
    const int* adj = neighbors.data();
    std::vector<int> frontier(n), next(n);  // each vertex is claimed at most once
    std::vector<int> starts(omp_get_max_threads() + 1, 0);
    int frontierSize = 1;

#pragma omp parallel for schedule(static)
    for (int i = 0; i < n; ++i) dist[i] = -1;
    dist[source] = 0;
    frontier[0] = source;

#pragma omp parallel
    {
        const int tid = omp_get_thread_num(), nthreads = omp_get_num_threads();
        std::vector<int> local;
        local.reserve(1024);
        for (int level = 1; frontierSize > 0; ++level) {
            local.clear();
#pragma omp for schedule(dynamic, 64)
            for (int i = 0; i < frontierSize; ++i) {
                const int u = frontier[i];
                const int stop = off[u + 1];
                for (int k = off[u]; k < stop; ++k) {
                    const int v = adj[k];
                    if (__atomic_load_n(&dist[v], __ATOMIC_RELAXED) != -1) continue;
                    int expected = -1;
                    if (__atomic_compare_exchange_n(&dist[v], &expected, level, false, __ATOMIC_RELAXED,
                                                    __ATOMIC_RELAXED))
                        local.push_back(v);
                }
            }  // implicit barrier: every thread's buffer is complete
            starts[tid + 1] = static_cast<int>(local.size());
#pragma omp barrier
#pragma omp single
            {
                for (int t = 0; t < nthreads; ++t) starts[t + 1] += starts[t];
            }  // implicit barrier
            for (std::size_t j = 0; j < local.size(); ++j) next[starts[tid] + j] = local[j];
#pragma omp barrier
#pragma omp single
            {
                frontier.swap(next);
                frontierSize = starts[nthreads];
            }  // implicit barrier: every thread sees the new frontier and its size
        }
    }
}
