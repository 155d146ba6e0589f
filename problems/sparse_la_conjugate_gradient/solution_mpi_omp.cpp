#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

namespace {

// Sum of v[i]^2 over [0, n), from fixed blocks added in order: the same bits on every rank.
double sumOfSquaresInOrder(const std::vector<double>& v, long n) {
    const int blocks = omp_get_max_threads();
    std::vector<double> part(blocks, 0.0);
#pragma omp parallel for schedule(static)
    for (int t = 0; t < blocks; ++t) {
        double s = 0.0;
        for (long i = n * t / blocks; i < n * (t + 1) / blocks; ++i) s += v[i] * v[i];
        part[t] = s;
    }
    double total = 0.0;
    for (double s : part) total += s;
    return total;
}

}  // namespace

int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    // rank s owns rows [N*s/size, N*(s+1)/size); its threads share those rows. The residual r and
    // the search direction p are whole on every rank, x and q = A p only for the owned rows. Per
    // iteration: MPI_Allreduce of p.q, then MPI_Allgatherv of the new residual blocks, each with
    // its rank's part of r.r appended (added in rank order, so all ranks take the same decisions).
    std::vector<int> counts(size), displs(size), sendCounts(size), sendDispls(size);
    for (int s = 0; s < size; ++s) {
        displs[s] = static_cast<int>(N * s / size);
        counts[s] = static_cast<int>(N * (s + 1) / size) - displs[s];
        sendCounts[s] = counts[s] + 1;
        sendDispls[s] = displs[s] + s;
    }
    const long begin = displs[rank], n = counts[rank], total = static_cast<long>(N);

    std::vector<double> r(b), p(b), xl(n, 0.0), q(n), mine(n + 1), all(N + size);
    double rr = sumOfSquaresInOrder(b, total);  // every rank has b: no communication
    const double stop = tol * std::sqrt(rr);
    int k = 0;
    if (std::sqrt(rr) > stop) {
        while (k < maxIter) {
            ++k;
            double pq = 0.0, pqAll = 0.0;
#pragma omp parallel for reduction(+ : pq) schedule(static)
            for (long i = 0; i < n; ++i) {
                const long row = begin + i;
                double s = 0.0;
                for (size_t e = rowPtr[row]; e < rowPtr[row + 1]; ++e) s += values[e] * p[colIdx[e]];
                q[i] = s;
                pq += p[row] * s;
            }
            MPI_Allreduce(&pq, &pqAll, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);

            const double alpha = rr / pqAll;
            double rrLocal = 0.0;
#pragma omp parallel for reduction(+ : rrLocal) schedule(static)
            for (long i = 0; i < n; ++i) {
                xl[i] += alpha * p[begin + i];
                mine[i] = r[begin + i] - alpha * q[i];
                rrLocal += mine[i] * mine[i];
            }
            mine[n] = rrLocal;
            MPI_Allgatherv(mine.data(), sendCounts[rank], MPI_DOUBLE, all.data(), sendCounts.data(),
                           sendDispls.data(), MPI_DOUBLE, MPI_COMM_WORLD);
            double rrNew = 0.0;
            for (int s = 0; s < size; ++s) rrNew += all[sendDispls[s] + counts[s]];
            if (std::sqrt(rrNew) <= stop) break;
            const double beta = rrNew / rr;
            rr = rrNew;
            // r takes the gathered blocks and p = r + beta p, row by row
#pragma omp parallel
            for (int s = 0; s < size; ++s) {
                const double* blk = &all[sendDispls[s]];
                const long lo = displs[s], cnt = counts[s];
#pragma omp for schedule(static) nowait
                for (long i = 0; i < cnt; ++i) {
                    r[lo + i] = blk[i];
                    p[lo + i] = blk[i] + beta * p[lo + i];
                }
            }
        }
    }
    x.assign(N, 0.0);
    MPI_Gatherv(xl.data(), counts[rank], MPI_DOUBLE, x.data(), counts.data(), displs.data(), MPI_DOUBLE,
                0, MPI_COMM_WORLD);
    return k;
}
