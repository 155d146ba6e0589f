#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: returns A unchanged as the product.
void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
    cRowPtr = aRowPtr;
    cColIdx = aColIdx;
    cValues = aValues;
}
