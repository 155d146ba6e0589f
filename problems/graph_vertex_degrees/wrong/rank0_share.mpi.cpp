#include <mpi.h>
#include <vector>

struct Edge {
    int u;
    int v;
};

// Wrong on purpose: each rank counts only its own block of edges; nothing is combined.
std::vector<int> vertexDegrees(int numVertices, std::vector<Edge> const& edges) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t m = edges.size();
    std::vector<int> local(numVertices, 0);
    for (std::size_t i = m * rank / size; i < m * (rank + 1) / size; ++i) {
        ++local[edges[i].u];
        ++local[edges[i].v];
    }
    return local;
}
