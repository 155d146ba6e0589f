#include <mpi.h>
#include <vector>

// Wrong on purpose: each rank counts the triangles whose smallest vertex lies in its own block
// of vertices and returns that partial count; the counts are never added up.
long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long long n = static_cast<long long>(offsets.size()) - 1;
    long long count = 0;
    for (long long a = n * rank / size; a < n * (rank + 1) / size; ++a)
        for (int k = offsets[a]; k < offsets[a + 1]; ++k) {
            const int b = neighbors[k];
            if (b <= a) continue;
            for (int i = k + 1; i < offsets[a + 1]; ++i)
                for (int j = offsets[b]; j < offsets[b + 1]; ++j)
                    if (neighbors[j] == neighbors[i]) ++count;
        }
    return count;
}
