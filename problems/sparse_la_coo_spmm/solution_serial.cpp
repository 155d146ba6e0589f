#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
    for (size_t i = 0; i < M * N; ++i) Y[i] = 0.0;
    for (const COOElement& e : A) {
        double* y = &Y[e.row * N];
        const double* x = &X[e.column * N];
        for (size_t j = 0; j < N; ++j) y[j] += e.value * x[j];
    }
}
