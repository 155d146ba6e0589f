#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

// Wrong on purpose: every rank sorts the non-zero values of its own block within that block only.
void sortSkippingZeros(std::vector<int>& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * rank / size, end = n * (rank + 1) / size;
    std::vector<int> values;
    for (std::size_t i = begin; i < end; ++i)
        if (x[i] != 0) values.push_back(x[i]);
    std::sort(values.begin(), values.end());
    std::size_t k = 0;
    for (std::size_t i = begin; i < end; ++i)
        if (x[i] != 0) x[i] = values[k++];
}
