#include <mpi.h>
#include <omp.h>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

static_assert(sizeof(size_t) == sizeof(std::uint64_t), "size_t is sent as MPI_UINT64_T");

void sparseMatMulCSR(std::vector<size_t> const& aRowPtr, std::vector<size_t> const& aColIdx,
                     std::vector<double> const& aValues, std::vector<size_t> const& bRowPtr,
                     std::vector<size_t> const& bColIdx, std::vector<double> const& bValues,
                     std::vector<size_t> &cRowPtr, std::vector<size_t> &cColIdx, std::vector<double> &cValues,
                     size_t M, size_t K, size_t N) {
    (void)K;
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t begin = M * rank / size, end = M * (rank + 1) / size;
    const long myRows = static_cast<long>(end - begin);

    // Gustavson's algorithm on the rank's block of rows, the rows spread over the threads (each
    // with its own marker and accumulator): a symbolic pass counts the distinct columns of every
    // row, a prefix sum places the rows in the rank's buffers, a numeric pass fills them
    std::vector<size_t> myPtr(end - begin + 1, 0);
    std::vector<size_t> myCols;
    std::vector<double> myVals;
#pragma omp parallel
    {
        std::vector<size_t> mark(N, M);
#pragma omp for schedule(dynamic, 64)
        for (long r = 0; r < myRows; ++r) {
            const size_t i = begin + static_cast<size_t>(r);
            size_t count = 0;
            for (size_t p = aRowPtr[i]; p < aRowPtr[i + 1]; ++p) {
                const size_t k = aColIdx[p];
                for (size_t q = bRowPtr[k]; q < bRowPtr[k + 1]; ++q)
                    if (mark[bColIdx[q]] != i) {
                        mark[bColIdx[q]] = i;
                        ++count;
                    }
            }
            myPtr[r + 1] = count;
        }
#pragma omp single
        {
            for (long r = 0; r < myRows; ++r) myPtr[r + 1] += myPtr[r];
            myCols.assign(myPtr[myRows], 0);
            myVals.assign(myPtr[myRows], 0.0);
        }
        std::fill(mark.begin(), mark.end(), M);
        std::vector<double> acc(N, 0.0);
#pragma omp for schedule(dynamic, 64)
        for (long r = 0; r < myRows; ++r) {
            const size_t i = begin + static_cast<size_t>(r);
            size_t* cols = myCols.data() + myPtr[r];
            size_t count = 0;
            for (size_t p = aRowPtr[i]; p < aRowPtr[i + 1]; ++p) {
                const size_t k = aColIdx[p];
                const double a = aValues[p];
                for (size_t q = bRowPtr[k]; q < bRowPtr[k + 1]; ++q) {
                    const size_t j = bColIdx[q];
                    if (mark[j] != i) {
                        mark[j] = i;
                        acc[j] = 0.0;
                        cols[count++] = j;
                    }
                    acc[j] += a * bValues[q];
                }
            }
            std::sort(cols, cols + count);
            double* vals = myVals.data() + myPtr[r];
            for (size_t t = 0; t < count; ++t) vals[t] = acc[cols[t]];
        }
    }

    // row lengths first, then the entries, all gathered in row order on rank 0
    std::vector<int> myLen(end - begin);
    for (long r = 0; r < myRows; ++r) myLen[r] = static_cast<int>(myPtr[r + 1] - myPtr[r]);
    std::vector<int> rowCounts(size), rowDispls(size), nnzCounts(size), nnzDispls(size);
    for (int r = 0; r < size; ++r) {
        rowDispls[r] = static_cast<int>(M * r / size);
        rowCounts[r] = static_cast<int>(M * (r + 1) / size) - rowDispls[r];
    }
    const int myNnz = static_cast<int>(myCols.size());
    MPI_Gather(&myNnz, 1, MPI_INT, nnzCounts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::vector<int> allLen(rank == 0 ? M : 0);
    MPI_Gatherv(myLen.data(), rowCounts[rank], MPI_INT, allLen.data(), rowCounts.data(), rowDispls.data(),
                MPI_INT, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        size_t total = 0;
        for (int r = 0; r < size; ++r) {
            nnzDispls[r] = static_cast<int>(total);
            total += nnzCounts[r];
        }
        cRowPtr.assign(M + 1, 0);
        for (size_t i = 0; i < M; ++i) cRowPtr[i + 1] = cRowPtr[i] + allLen[i];
        cColIdx.assign(total, 0);
        cValues.assign(total, 0.0);
    }
    MPI_Gatherv(myCols.data(), myNnz, MPI_UINT64_T, cColIdx.data(), nnzCounts.data(), nnzDispls.data(),
                MPI_UINT64_T, 0, MPI_COMM_WORLD);
    MPI_Gatherv(myVals.data(), myNnz, MPI_DOUBLE, cValues.data(), nnzCounts.data(), nnzDispls.data(),
                MPI_DOUBLE, 0, MPI_COMM_WORLD);
}
