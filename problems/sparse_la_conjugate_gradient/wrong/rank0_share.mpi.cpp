#include <mpi.h>
#include <cmath>
#include <cstddef>
#include <vector>

// Wrong on purpose: each rank runs CG on its own diagonal block of A (dropping the couplings to
// rows owned by other ranks) and nothing is ever communicated.
int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const size_t lo = N * rank / size, hi = N * (rank + 1) / size;
    std::vector<double> r(b), p(N, 0.0), q(N, 0.0);
    x.assign(N, 0.0);
    double rr = 0.0, bb = 0.0;
    for (size_t i = lo; i < hi; ++i) { p[i] = r[i]; rr += r[i] * r[i]; }
    for (size_t i = 0; i < N; ++i) bb += b[i] * b[i];
    const double stop = tol * std::sqrt(bb);
    int k = 0;
    if (std::sqrt(rr) <= stop) return 0;
    while (k < maxIter) {
        ++k;
        double pq = 0.0;
        for (size_t i = lo; i < hi; ++i) {
            double s = 0.0;
            for (size_t e = rowPtr[i]; e < rowPtr[i + 1]; ++e)
                if (colIdx[e] >= lo && colIdx[e] < hi) s += values[e] * p[colIdx[e]];
            q[i] = s;
            pq += p[i] * s;
        }
        const double alpha = rr / pq;
        double rrNew = 0.0;
        for (size_t i = lo; i < hi; ++i) {
            x[i] += alpha * p[i];
            r[i] -= alpha * q[i];
            rrNew += r[i] * r[i];
        }
        if (std::sqrt(rrNew) <= stop) break;
        for (size_t i = lo; i < hi; ++i) p[i] = r[i] + rrNew / rr * p[i];
        rr = rrNew;
    }
    return k;
}
