#include <mpi.h>
#include <omp.h>
#include <limits>
#include <vector>

// Each rank takes a contiguous block of x and its threads split that block with a min
// reduction; the ranks' results are combined with MPI_Reduce (min) on rank 0.
int smallestOddValue(std::vector<int> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(x.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;
    const int* data = x.data();
    int local = std::numeric_limits<int>::max();
#pragma omp parallel for reduction(min : local) schedule(static)
    for (long i = begin; i < end; ++i) {
        const int v = data[i];
        if ((v & 1) != 0 && v < local) local = v;
    }
    int result = local;
    MPI_Reduce(&local, &result, 1, MPI_INT, MPI_MIN, 0, MPI_COMM_WORLD);
    return result;
}
