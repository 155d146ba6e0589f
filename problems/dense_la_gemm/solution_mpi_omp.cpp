#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank r owns rows [M*r/size, M*(r+1)/size) of C; its threads share those rows
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        const size_t b = M * r / size, e = M * (r + 1) / size;
        displs[r] = static_cast<int>(b * N);
        counts[r] = static_cast<int>((e - b) * N);
    }
    const long begin = static_cast<long>(M * rank / size), end = static_cast<long>(M * (rank + 1) / size);
#pragma omp parallel for schedule(static)
    for (long i = begin; i < end; ++i) {
        double* c = &C[i * N];
        for (size_t j = 0; j < N; ++j) c[j] = 0.0;
        for (size_t k = 0; k < K; ++k) {
            const double a = A[i * K + k];
            const double* b = &B[k * N];
            for (size_t j = 0; j < N; ++j) c[j] += a * b[j];
        }
    }
    // collect the row blocks on rank 0 (outside the parallel region: MPI_THREAD_FUNNELED)
    if (rank == 0) {
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, C.data(), counts.data(), displs.data(),
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(C.data() + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    }
}
