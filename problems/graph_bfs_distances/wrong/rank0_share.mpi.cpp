#include <mpi.h>
#include <vector>

// Wrong on purpose: every rank expands only its own slice of each frontier and builds the next
// frontier from its own discoveries; the ranks never exchange what they found.
void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = static_cast<int>(offsets.size()) - 1;
    distances.assign(n, -1);
    distances[source] = 0;
    std::vector<int> frontier{source}, next;
    for (int level = 1; !frontier.empty(); ++level) {
        const std::size_t f = frontier.size();
        next.clear();
        for (std::size_t i = f * rank / size; i < f * (rank + 1) / size; ++i) {
            const int u = frontier[i];
            for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
                const int v = neighbors[k];
                if (distances[v] == -1) {
                    distances[v] = level;
                    next.push_back(v);
                }
            }
        }
        frontier.swap(next);
    }
}
