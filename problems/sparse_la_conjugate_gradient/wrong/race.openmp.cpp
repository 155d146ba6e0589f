#include <omp.h>
#include <cmath>
#include <cstddef>
#include <vector>

// Race: every thread computes its rows' part of p.q correctly and then assigns (not adds) it to
// the shared pq with no synchronisation: the last writer wins, so with several threads the step
// length alpha comes from one thread's rows only. Right with one thread.
int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
    const long n = static_cast<long>(N);
    std::vector<double> r(b), p(b), q(N);
    x.assign(N, 0.0);
    double rr = 0.0;
    for (long i = 0; i < n; ++i) rr += b[i] * b[i];
    const double stop = tol * std::sqrt(rr);
    if (std::sqrt(rr) <= stop) return 0;
    int k = 0;
    while (k < maxIter) {
        ++k;
        double pq = 0.0;
#pragma omp parallel
        {
            double part = 0.0;
#pragma omp for schedule(static)
            for (long i = 0; i < n; ++i) {
                double s = 0.0;
                for (size_t e = rowPtr[i]; e < rowPtr[i + 1]; ++e) s += values[e] * p[colIdx[e]];
                q[i] = s;
                part += p[i] * s;
            }
            pq = part;
        }
        const double alpha = rr / pq;
        double rrNew = 0.0;
#pragma omp parallel for reduction(+ : rrNew) schedule(static)
        for (long i = 0; i < n; ++i) {
            x[i] += alpha * p[i];
            r[i] -= alpha * q[i];
            rrNew += r[i] * r[i];
        }
        if (std::sqrt(rrNew) <= stop) break;
        const double beta = rrNew / rr;
        rr = rrNew;
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; ++i) p[i] = r[i] + beta * p[i];
    }
    return k;
}
