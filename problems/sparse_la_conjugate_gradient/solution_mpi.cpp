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
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
    }
    const size_t begin = displs[rank], n = counts[rank];

    // the full search direction p is replicated; x, r and q are kept for the owned rows only
    std::vector<double> p(b), xl(n, 0.0), r(b.begin() + begin, b.begin() + begin + n), q(n);
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
            double rrLocal = 0.0, rrNew = 0.0;
            for (size_t i = 0; i < n; ++i) {
                xl[i] += alpha * p[begin + i];
                r[i] -= alpha * q[i];
                rrLocal += r[i] * r[i];
            }
            MPI_Allreduce(&rrLocal, &rrNew, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
            if (std::sqrt(rrNew) <= stop) break;
            const double beta = rrNew / rr;
            rr = rrNew;
            for (size_t i = 0; i < n; ++i) q[i] = r[i] + beta * p[begin + i];  // q: new owned part of p
            MPI_Allgatherv(q.data(), counts[rank], MPI_DOUBLE, p.data(), counts.data(), displs.data(),
                           MPI_DOUBLE, MPI_COMM_WORLD);
        }
    }
    x.assign(N, 0.0);
    MPI_Gatherv(xl.data(), counts[rank], MPI_DOUBLE, x.data(), counts.data(), displs.data(), MPI_DOUBLE,
                0, MPI_COMM_WORLD);
    return k;
}
