#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank r owns rows [N*r/size, N*(r+1)/size). The residual r and search direction p are kept
    // whole on every rank; x and q = A p only for the owned rows. Two collectives per iteration:
    // MPI_Allreduce of p.q, and one MPI_Allgatherv of the new residual blocks, each followed by
    // its rank's part of r.r (summed in rank order, so every rank takes the same decisions).
    std::vector<int> counts(size), displs(size), sendCounts(size), sendDispls(size);
    for (int s = 0; s < size; ++s) {
        displs[s] = static_cast<int>(N * s / size);
        counts[s] = static_cast<int>(N * (s + 1) / size) - displs[s];
        sendCounts[s] = counts[s] + 1;
        sendDispls[s] = displs[s] + s;
    }
    const size_t begin = displs[rank], n = counts[rank];

    std::vector<double> r(b), p(b), xl(n, 0.0), q(n), mine(n + 1), all(N + size);
    double rr = 0.0;
    for (size_t i = 0; i < N; ++i) rr += b[i] * b[i];  // every rank has b: no communication
    const double stop = tol * std::sqrt(rr);
    int k = 0;
    if (std::sqrt(rr) > stop) {
        while (k < maxIter) {
            ++k;
            double pq = 0.0, pqAll = 0.0;
            for (size_t i = 0; i < n; ++i) {
                const size_t row = begin + i;
                double s = 0.0;
                for (size_t e = rowPtr[row]; e < rowPtr[row + 1]; ++e) s += values[e] * p[colIdx[e]];
                q[i] = s;
                pq += p[row] * s;
            }
            MPI_Allreduce(&pq, &pqAll, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);

            const double alpha = rr / pqAll;
            double rrLocal = 0.0;
            for (size_t i = 0; i < n; ++i) {
                xl[i] += alpha * p[begin + i];
                mine[i] = r[begin + i] - alpha * q[i];
                rrLocal += mine[i] * mine[i];
            }
            mine[n] = rrLocal;
            MPI_Allgatherv(mine.data(), sendCounts[rank], MPI_DOUBLE, all.data(), sendCounts.data(),
                           sendDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
            double rrNew = 0.0;
            for (int s = 0; s < size; ++s) {
                const double* blk = &all[sendDispls[s]];
                for (int i = 0; i < counts[s]; ++i) r[displs[s] + i] = blk[i];
                rrNew += blk[counts[s]];
            }
            if (std::sqrt(rrNew) <= stop) break;
            const double beta = rrNew / rr;
            rr = rrNew;
            for (size_t i = 0; i < N; ++i) p[i] = r[i] + beta * p[i];
        }
    }
    x.assign(N, 0.0);
    MPI_Gatherv(xl.data(), counts[rank], MPI_DOUBLE, x.data(), counts.data(), displs.data(), MPI_DOUBLE,
                0, MPI_COMM_WORLD);
    return k;
}
