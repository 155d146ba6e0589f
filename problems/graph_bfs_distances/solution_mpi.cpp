#include <mpi.h>
#include <vector>

// Level-synchronous breadth-first search. Every rank keeps the whole distance array and the
// whole current frontier; each rank expands a contiguous slice of the frontier, and the vertices
// found in a level are exchanged with MPI_Allgatherv so that every rank can build the next one.
void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int n = static_cast<int>(offsets.size()) - 1;
    constexpr int kFoundHere = -2;  // found by this rank in the current level, not yet exchanged

    distances.assign(n, -1);
    distances[source] = 0;
    std::vector<int> frontier{source}, found(n), all;  // a vertex is found at most once
    std::vector<int> counts(size), displs(size);
    for (int level = 1; !frontier.empty(); ++level) {
        const std::size_t f = frontier.size();
        const std::size_t begin = f * rank / size, end = f * (rank + 1) / size;
        int mine = 0;  // vertices found by this rank in this level: found[0, mine)
        for (std::size_t i = begin; i < end; ++i) {
            const int u = frontier[i];
            const int stop = offsets[u + 1];
            for (int k = offsets[u]; k < stop; ++k) {
                const int v = neighbors[k];
                if (distances[v] == -1) {
                    distances[v] = kFoundHere;
                    found[mine++] = v;
                }
            }
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
            if (distances[v] < 0) {  // unseen (-1) or found here (-2); duplicates are skipped
                distances[v] = level;
                frontier.push_back(v);
            }
        }
    }
}
