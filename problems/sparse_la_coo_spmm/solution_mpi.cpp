#include <mpi.h>
#include <cstddef>
#include <vector>

struct COOElement {
    size_t row, column;
    double value;
};

void cooSparseDenseProduct(std::vector<COOElement> const& A, std::vector<double> const& X,
                           std::vector<double> &Y, size_t M, size_t K, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank r owns rows [M*r/size, M*(r+1)/size) of Y and applies the entries that land there
    const size_t begin = M * rank / size, end = M * (rank + 1) / size;
    for (size_t i = begin * N; i < end * N; ++i) Y[i] = 0.0;
    for (const COOElement& e : A) {
        if (e.row < begin || e.row >= end) continue;
        double* y = &Y[e.row * N];
        const double* x = &X[e.column * N];
        for (size_t j = 0; j < N; ++j) y[j] += e.value * x[j];
    }
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        const size_t b = M * r / size, e = M * (r + 1) / size;
        displs[r] = static_cast<int>(b * N);
        counts[r] = static_cast<int>((e - b) * N);
    }
    if (rank == 0) {
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, Y.data(), counts.data(), displs.data(),
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(Y.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    }
}
