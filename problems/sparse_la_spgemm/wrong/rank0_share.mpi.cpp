#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <map>
#include <vector>

// Wrong on purpose: each rank computes only its own block of rows of C (the other rows are left
// empty) and nothing is gathered.
void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t begin = M * rank / size, end = M * (rank + 1) / size;
    cRowPtr.assign(M + 1, 0);
    cColIdx.clear();
    cValues.clear();
    for (size_t i = 0; i < M; ++i) {
        if (i >= begin && i < end) {
            std::map<size_t, double> row;
            for (size_t p = aRowPtr[i]; p < aRowPtr[i + 1]; ++p)
                for (size_t q = bRowPtr[aColIdx[p]]; q < bRowPtr[aColIdx[p] + 1]; ++q)
                    row[bColIdx[q]] += aValues[p] * bValues[q];
            for (auto& kv : row) {
                cColIdx.push_back(kv.first);
                cValues.push_back(kv.second);
            }
        }
        cRowPtr[i + 1] = cColIdx.size();
    }
}
