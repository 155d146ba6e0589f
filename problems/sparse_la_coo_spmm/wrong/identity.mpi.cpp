#include <mpi.h>
#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

// Wrong on purpose: copies X into Y where the shapes overlap instead of computing the product.
void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
    for (size_t i = 0; i < Y.size() && i < X.size(); ++i) Y[i] = X[i];
}
