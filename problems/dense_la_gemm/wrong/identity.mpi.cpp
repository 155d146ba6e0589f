#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: copies A into C instead of computing the product.
void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N) {
    for (size_t i = 0; i < C.size() && i < A.size(); ++i) C[i] = A[i];
}
