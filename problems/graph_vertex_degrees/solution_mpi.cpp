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
    const std::size_t begin = m * rank / size;
    const std::size_t end = m * (rank + 1) / size;

    std::vector<int> local(numVertices, 0);
    for (std::size_t i = begin; i < end; ++i) {
        ++local[edges[i].u];
        ++local[edges[i].v];
    }
    std::vector<int> degrees(rank == 0 ? numVertices : 0, 0);
    if (numVertices > 0)
        MPI_Reduce(local.data(), degrees.data(), numVertices, MPI_INT, MPI_SUM, 0, MPI_COMM_WORLD);
    return degrees;
}
